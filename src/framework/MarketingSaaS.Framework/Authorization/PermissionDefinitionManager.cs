namespace MarketingSaaS.Framework.Authorization;

public sealed class PermissionDefinitionManager
{
    private readonly Lazy<(IReadOnlyList<PermissionGroupDefinition> Groups, IReadOnlyDictionary<string, PermissionDefinition> ByName)> _definitions;

    public PermissionDefinitionManager(IEnumerable<PermissionDefinitionProvider> providers)
    {
        _definitions = new Lazy<(IReadOnlyList<PermissionGroupDefinition>, IReadOnlyDictionary<string, PermissionDefinition>)>(() => Build(providers));
    }

    public IReadOnlyList<PermissionGroupDefinition> Groups => _definitions.Value.Groups;

    public IEnumerable<PermissionDefinition> All => _definitions.Value.ByName.Values;

    public PermissionDefinition? GetOrNull(string name) => _definitions.Value.ByName.GetValueOrDefault(name);

    private static (IReadOnlyList<PermissionGroupDefinition>, IReadOnlyDictionary<string, PermissionDefinition>) Build(IEnumerable<PermissionDefinitionProvider> providers)
    {
        var context = new PermissionDefinitionContext();
        foreach (var provider in providers)
        {
            provider.Define(context);
        }

        var byName = new Dictionary<string, PermissionDefinition>(StringComparer.Ordinal);
        foreach (var permission in context.Groups.SelectMany(g => g.Permissions).SelectMany(Flatten))
        {
            if (!byName.TryAdd(permission.Name, permission))
            {
                throw new InvalidOperationException($"Permission '{permission.Name}' is defined twice.");
            }
        }

        return (context.Groups, byName);
    }

    private static IEnumerable<PermissionDefinition> Flatten(PermissionDefinition permission) =>
        permission.Children.SelectMany(Flatten).Prepend(permission);
}
