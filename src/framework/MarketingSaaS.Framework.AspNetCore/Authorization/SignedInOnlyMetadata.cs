namespace MarketingSaaS.Framework.AspNetCore.Authorization;

/// <summary>Endpoint metadata: any signed-in user, no permission needed (e.g. "my profile").</summary>
public sealed class SignedInOnlyMetadata
{
    public static readonly SignedInOnlyMetadata Instance = new();
}
