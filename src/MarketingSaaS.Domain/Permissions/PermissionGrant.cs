using MarketingSaaS.Framework.Domain.Entities;
using MarketingSaaS.Framework.MultiTenancy;

namespace MarketingSaaS.Permissions;

/// <summary>A permission granted in a tenant to a role ("R", role name) or a user ("U", user id).</summary>
public sealed class PermissionGrant : Entity<Guid>, IMultiTenant
{
    private PermissionGrant() { }

    public PermissionGrant(Guid id, string name, string providerName, string providerKey)
        : base(id)
    {
        Name = name;
        ProviderName = providerName;
        ProviderKey = providerKey;
    }

    public Guid TenantId { get; private set; }

    public string Name { get; private set; } = "";

    public string ProviderName { get; private set; } = "";

    public string ProviderKey { get; private set; } = "";
}
