namespace MarketingSaaS.Settings;

public static class MarketingSaaSSettings
{
    public const string Currency = "Platform.Currency";
    public const string TimeZone = "Platform.TimeZone";
    public const string Culture = "Platform.Culture";
    public const string FiscalYearStartMonth = "Platform.FiscalYearStartMonth";
}
