namespace MarketingSaaS.Framework.Settings;

public static class SettingValueProviders
{
    public const string User = "U";
    public const string Tenant = "T";
    public const string Global = "G";
}
