using MarketingSaaS.Framework.ExceptionHandling;

namespace MarketingSaaS.Framework.AspNetCore.Validation;

/// <summary>
/// The dates a request body may carry (dates and date-times alike, in UTC): years 1900 to 2100, so a member's birthday
/// fits. Outside it a calendar computation could leave <see cref="DateOnly"/>'s range; such a date is a typing error.
/// </summary>
public static class BusinessDateRange
{
    public static readonly DateOnly Min = new(1900, 1, 1);

    public static readonly DateOnly Max = new(2100, 12, 31);

    public static readonly FieldError Error = new("Framework:OutOfRange", new Dictionary<string, object?>
    {
        ["min"] = Min.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        ["max"] = Max.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
    });

    public static bool Contains(DateOnly date) => date >= Min && date <= Max;
}
