namespace MarketingSaaS.Settings;

public static class MarketingSaaSSettings
{
    public const string Currency = "Platform.Currency";
    public const string TimeZone = "Platform.TimeZone";
    public const string Culture = "Platform.Culture";
    public const string FiscalYearStartMonth = "Platform.FiscalYearStartMonth";

    /// <summary>The id of the company logo's file; set by the logo endpoints only (not editable through the settings API).</summary>
    public const string CompanyLogo = "Platform.CompanyLogo";

    /// <summary>"true" once the company's admin has hidden the onboarding checklist; set by the onboarding endpoints only.</summary>
    public const string OnboardingDismissed = "Platform.OnboardingDismissed";
}
