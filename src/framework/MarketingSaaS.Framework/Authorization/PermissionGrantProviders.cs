namespace MarketingSaaS.Framework.Authorization;

public static class PermissionGrantProviders
{
    public const string Role = "R";
    public const string User = "U";
}
