namespace MarketingSaaS.Features;

public static class MarketingSaaSFeatures
{
    /// <summary>How many users a tenant may have.</summary>
    public const string MaxUserCount = "Platform.MaxUserCount";
}
