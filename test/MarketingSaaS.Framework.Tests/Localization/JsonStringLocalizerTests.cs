using MarketingSaaS.Framework.Localization;
using MarketingSaaS.Framework.Tests.Helpers;
using Shouldly;
using Xunit;

namespace MarketingSaaS.Framework.Tests.Localization;

/// <summary>The test assembly's own texts (Localization/Resources) lack "OnlyInEnglish" in zh-Hans on purpose.</summary>
public sealed class JsonStringLocalizerTests
{
    private readonly JsonStringLocalizer _localizer;

    public JsonStringLocalizerTests()
    {
        var registry = new LocalizationResourceRegistry();
        registry.AddAssembly(typeof(FrameworkModule).Assembly);
        registry.AddAssembly(typeof(JsonStringLocalizerTests).Assembly);
        _localizer = new JsonStringLocalizer(registry);
    }

    [Theory]
    [InlineData("zh-Hans")]
    [InlineData("zh-CN")]
    [InlineData("zh")]
    [InlineData("zh-SG")]
    public void Simplified_chinese_cultures_use_the_zh_Hans_texts(string culture)
    {
        using var _ = new CultureScope(culture);

        _localizer["FrameworkTests:Greeting"].Value.ShouldBe("你好");
        _localizer["Framework:ValidationFailed"].ResourceNotFound.ShouldBeFalse();
        _localizer["Framework:ValidationFailed"].Value.ShouldNotBe("Some fields are not valid.");
    }

    [Theory]
    [InlineData("en")]
    [InlineData("en-US")]
    [InlineData("en-GB")]
    public void English_cultures_use_the_en_texts(string culture)
    {
        using var _ = new CultureScope(culture);

        _localizer["FrameworkTests:Greeting"].Value.ShouldBe("Hello");
        _localizer["Framework:ValidationFailed"].Value.ShouldBe("Some fields are not valid.");
    }

    [Fact]
    public void An_unsupported_culture_gets_english()
    {
        using var _ = new CultureScope("fr-FR");

        _localizer["FrameworkTests:Greeting"].Value.ShouldBe("Hello");
    }

    [Fact]
    public void A_key_missing_in_chinese_falls_back_to_english()
    {
        using var _ = new CultureScope("zh-CN");

        var text = _localizer["FrameworkTests:OnlyInEnglish"];

        text.Value.ShouldBe("Only in English");
        text.ResourceNotFound.ShouldBeFalse();
    }

    [Fact]
    public void A_key_missing_everywhere_falls_back_to_the_key()
    {
        using var _ = new CultureScope("zh-CN");

        var text = _localizer["FrameworkTests:NoSuchKey"];

        text.Value.ShouldBe("FrameworkTests:NoSuchKey");
        text.ResourceNotFound.ShouldBeTrue();
    }

    [Fact]
    public void All_strings_are_those_of_the_current_culture()
    {
        using var _ = new CultureScope("zh-CN");

        var all = _localizer.GetAllStrings(includeParentCultures: true).ToDictionary(s => s.Name, s => s.Value);

        all["FrameworkTests:Greeting"].ShouldBe("你好");
    }
}
