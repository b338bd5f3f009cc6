using MarketingSaaS.Framework.Domain.Entities;

namespace MarketingSaaS.Permissions;

/// <summary>A host-side permission granted to a host role or host user. Host-owned.</summary>
public sealed class HostPermissionGrant : Entity<Guid>
{
    private HostPermissionGrant() { }

    public HostPermissionGrant(Guid id, string name, string providerName, string providerKey)
        : base(id)
    {
        Name = name;
        ProviderName = providerName;
        ProviderKey = providerKey;
    }

    public string Name { get; private set; } = "";

    public string ProviderName { get; private set; } = "";

    public string ProviderKey { get; private set; } = "";
}
