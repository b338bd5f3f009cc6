using System.Globalization;
using MarketingSaaS.Framework.ExceptionHandling;

namespace MarketingSaaS.Framework.Settings;

/// <summary>Common rules for <see cref="SettingDefinition.ValidateWith"/>.</summary>
public static class SettingValueRules
{
    /// <summary>A whole number in [min, max], digits only ("7", not "+7" or "7.0").</summary>
    public static Func<string, FieldError?> IntegerBetween(int min, int max) => value =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= min && number <= max
            ? null
            : new FieldError("Framework:OutOfRange", new Dictionary<string, object?> { ["min"] = min, ["max"] = max });
}
