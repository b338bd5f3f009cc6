namespace MarketingSaaS.Framework.Authorization;

public sealed class PermissionDefinitionContext
{
    private readonly List<PermissionGroupDefinition> _groups = [];

    public IReadOnlyList<PermissionGroupDefinition> Groups => _groups;

    public PermissionGroupDefinition AddGroup(string name)
    {
        if (_groups.Any(g => g.Name == name))
        {
            throw new InvalidOperationException($"Permission group '{name}' is defined twice.");
        }

        var group = new PermissionGroupDefinition(name);
        _groups.Add(group);
        return group;
    }
}
