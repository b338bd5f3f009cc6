using MarketingSaaS.Framework.ExceptionHandling;
using MarketingSaaS.Framework.Settings;
using Shouldly;
using Xunit;

namespace MarketingSaaS.Framework.Tests.Settings;

public sealed class SettingValueRulesTests
{
    private readonly Func<string, FieldError?> _oneToSixty = SettingValueRules.IntegerBetween(1, 60);

    [Theory]
    [InlineData("1")]
    [InlineData("7")]
    [InlineData("60")]
    public void Whole_numbers_within_the_bounds_pass(string value) => _oneToSixty(value).ShouldBeNull();

    [Theory]
    [InlineData("0")]
    [InlineData("61")]
    [InlineData("-1")]
    [InlineData("+7")]
    [InlineData("7.0")]
    [InlineData("1e1")]
    [InlineData("seven")]
    [InlineData("")]
    [InlineData("99999999999")]
    public void Anything_else_fails_with_the_bounds_in_the_error(string value)
    {
        var error = _oneToSixty(value).ShouldNotBeNull();

        error.Code.ShouldBe("Framework:OutOfRange");
        error.Data.ShouldNotBeNull();
        error.Data["min"].ShouldBe(1);
        error.Data["max"].ShouldBe(60);
    }
}
