using System.Globalization;
using System.Text.RegularExpressions;
using MarketingSaaS.Framework.ExceptionHandling;
using MarketingSaaS.Framework.Localization;
using MarketingSaaS.Framework.Settings;

namespace MarketingSaaS.Settings;

/// <summary>Checks a value against its setting's type (and the setting's own rule); returns the error of an invalid value, or null.</summary>
public static partial class SettingValueValidator
{
    public const int MaxValueLength = 2048;

    public const string InvalidCurrency = "MarketingSaaS:InvalidCurrency";
    public const string InvalidTimeZone = "MarketingSaaS:InvalidTimeZone";
    public const string UnsupportedCulture = "MarketingSaaS:UnsupportedCulture";
    public const string UnknownOption = "MarketingSaaS:UnknownSettingOption";
    public const string InvalidBoolean = "MarketingSaaS:InvalidSettingBoolean";

    public static FieldError? Validate(SettingDefinition definition, string value) => definition.Type switch
    {
        _ when value.Length > MaxValueLength => new FieldError("Framework:Length", new Dictionary<string, object?> { ["min"] = 0, ["max"] = MaxValueLength }),
        SettingValueType.Currency when !CurrencyCode().IsMatch(value) => new FieldError(InvalidCurrency),
        SettingValueType.TimeZone when !SettingOptions.IsIanaTimeZone(value) => new FieldError(InvalidTimeZone),
        SettingValueType.Culture when !IsSupportedCulture(value) => new FieldError(UnsupportedCulture),
        SettingValueType.Integer when !IsIntegerBetween(value, definition.Min ?? int.MinValue, definition.Max ?? int.MaxValue) =>
            new FieldError("Framework:OutOfRange", new Dictionary<string, object?> { ["min"] = definition.Min, ["max"] = definition.Max }),
        SettingValueType.Enum when !definition.AllowedValues.Contains(value, StringComparer.Ordinal) =>
            new FieldError(UnknownOption, new Dictionary<string, object?> { ["values"] = string.Join(", ", definition.AllowedValues) }),
        SettingValueType.Boolean when value is not ("true" or "false") => new FieldError(InvalidBoolean),
        _ => definition.Validator?.Invoke(value),
    };

    /// <summary>The supported culture a request culture falls under ("zh-CN" → "zh-Hans", "en-GB" → "en"); null for others.</summary>
    public static string? SupportedCultureOf(string cultureName) =>
        cultureName.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? "zh-Hans"
        : cultureName.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? "en"
        : null;

    public static bool IsSupportedCulture(string value) =>
        LocalizationResourceRegistry.SupportedCultures.Contains(value, StringComparer.Ordinal);

    /// <summary>Digits only ("7", not "+7" or "7.0").</summary>
    private static bool IsIntegerBetween(string value, int min, int max) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= min && number <= max;

    [GeneratedRegex("^[A-Z]{3}$")]
    private static partial Regex CurrencyCode();
}
