using MarketingSaaS.Framework.MultiTenancy;

namespace MarketingSaaS.Framework.Authorization;

public sealed class PermissionGroupDefinition(string name)
{
    private readonly List<PermissionDefinition> _permissions = [];

    public string Name { get; } = name;

    public string DisplayNameKey => "PermissionGroup:" + Name;

    public IReadOnlyList<PermissionDefinition> Permissions => _permissions;

    public PermissionDefinition AddPermission(string name, MultiTenancySides side = MultiTenancySides.Tenant, params string[] requiredFeatures)
    {
        var permission = new PermissionDefinition(name, null, side, requiredFeatures);
        _permissions.Add(permission);
        return permission;
    }
}
