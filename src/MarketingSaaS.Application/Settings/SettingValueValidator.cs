using System.Text.RegularExpressions;
using MarketingSaaS.Framework.ExceptionHandling;
using MarketingSaaS.Framework.Localization;
using MarketingSaaS.Framework.Settings;

namespace MarketingSaaS.Settings;

/// <summary>The rules of the platform's settings; returns the error of an invalid value, or null.</summary>
public static partial class SettingValueValidator
{
    public const int MaxValueLength = 2048;

    public const string InvalidCurrency = "MarketingSaaS:InvalidCurrency";
    public const string InvalidTimeZone = "MarketingSaaS:InvalidTimeZone";
    public const string UnsupportedCulture = "MarketingSaaS:UnsupportedCulture";

    public static FieldError? Validate(SettingDefinition definition, string value) => definition.Name switch
    {
        _ when value.Length > MaxValueLength => new FieldError("Framework:Length", new Dictionary<string, object?> { ["min"] = 0, ["max"] = MaxValueLength }),
        MarketingSaaSSettings.Currency when !CurrencyCode().IsMatch(value) => new FieldError(InvalidCurrency),
        MarketingSaaSSettings.TimeZone when !IsIanaTimeZone(value) => new FieldError(InvalidTimeZone),
        MarketingSaaSSettings.Culture when !IsSupportedCulture(value) => new FieldError(UnsupportedCulture),
        MarketingSaaSSettings.FiscalYearStartMonth when !int.TryParse(value, out var month) || month is < 1 or > 12 =>
            new FieldError("Framework:OutOfRange", new Dictionary<string, object?> { ["min"] = 1, ["max"] = 12 }),
        MarketingSaaS.Budgets.BudgetSettings.OverBudgetPolicy when !Enum.GetNames<MarketingSaaS.Budgets.OverBudgetPolicy>().Contains(value, StringComparer.Ordinal) =>
            new FieldError("Framework:InvalidFormat"),
        MarketingSaaS.Approvals.ApprovalSettings.SamePersonApproval when !Enum.GetNames<MarketingSaaS.Approvals.SamePersonApproval>().Contains(value, StringComparer.Ordinal) =>
            new FieldError("Framework:InvalidFormat"),
        MarketingSaaS.Approvals.ApprovalSettings.ReminderAfterHours or MarketingSaaS.Approvals.ApprovalSettings.EscalateAfterHours
            or MarketingSaaS.Approvals.ApprovalSettings.MaxDelegationChainLength
            when !int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var hours) || hours < 1 =>
            new FieldError("Framework:OutOfRange", new Dictionary<string, object?> { ["min"] = 1, ["max"] = int.MaxValue }),
        _ => definition.Validator?.Invoke(value),
    };

    public static bool IsSupportedCulture(string value) =>
        LocalizationResourceRegistry.SupportedCultures.Contains(value, StringComparer.Ordinal);

    /// <summary>IANA ids only ("Asia/Shanghai"), not Windows ids, which .NET would also find on Linux.</summary>
    private static bool IsIanaTimeZone(string value) =>
        value.Length > 0 && TimeZoneInfo.TryFindSystemTimeZoneById(value, out var zone) && zone.HasIanaId;

    [GeneratedRegex("^[A-Z]{3}$")]
    private static partial Regex CurrencyCode();
}
