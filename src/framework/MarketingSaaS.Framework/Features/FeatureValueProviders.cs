namespace MarketingSaaS.Framework.Features;

public static class FeatureValueProviders
{
    public const string Tenant = "T";
    public const string Edition = "E";
}
