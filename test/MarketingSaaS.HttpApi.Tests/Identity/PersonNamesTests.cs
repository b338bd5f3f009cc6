using MarketingSaaS.Identity;
using Shouldly;
using Xunit;

namespace MarketingSaaS.HttpApi.Tests.Identity;

/// <summary>The server's display-name rule; the portal's person-name.spec.ts checks the same table.</summary>
public sealed class PersonNamesTests
{
    [Theory]
    [InlineData("李", "娜", "zh-Hans", "李娜")]
    [InlineData("李", "娜", "en", "李娜")]
    [InlineData("Li", "Na", "en", "Na Li")]
    [InlineData("Li", "Na", "zh-Hans", "Li Na")]
    [InlineData("欧阳", "娜娜", "zh-CN", "欧阳娜娜")]
    [InlineData(" Li ", "", "en", "Li")]
    [InlineData(null, null, "en", "stored name")]
    public void Family_and_given_name_make_the_display_name_of_the_readers_language(string? family, string? given, string culture, string expected) =>
        PersonNames.Display(family, given, culture, "stored name").ShouldBe(expected);
}
