namespace MarketingSaaS.Permissions;

/// <summary>
/// Grants a module adds to the company's static roles (marketing-head, staff) when the company switches the module on
/// (<see cref="DefaultRoleGrantSeeder"/>). The admin role needs none: it gets every permission of the module.
/// </summary>
public sealed class DefaultRoleGrantOptions
{
    private readonly Dictionary<string, HashSet<string>> _grants = new(StringComparer.Ordinal);

    public DefaultRoleGrantOptions Grant(string role, params string[] permissions)
    {
        if (!_grants.TryGetValue(role, out var set))
        {
            _grants[role] = set = new HashSet<string>(StringComparer.Ordinal);
        }

        set.UnionWith(permissions);
        return this;
    }

    public IReadOnlyCollection<string> For(string role) => _grants.TryGetValue(role, out var set) ? set : [];
}
