namespace MarketingSaaS.Framework.AspNetCore.Authorization;

/// <summary>Endpoint metadata: the tenant must have this feature (e.g. a module switch) enabled.</summary>
public sealed class FeatureRequirement(string feature)
{
    public string Feature { get; } = feature;
}
