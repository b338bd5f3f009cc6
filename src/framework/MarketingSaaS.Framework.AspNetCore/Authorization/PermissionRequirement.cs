namespace MarketingSaaS.Framework.AspNetCore.Authorization;

/// <summary>Endpoint metadata: the user must hold every one of these permissions.</summary>
public sealed class PermissionRequirement(IReadOnlyList<string> permissions)
{
    public IReadOnlyList<string> Permissions { get; } = permissions;
}
