using MarketingSaaS.Framework.MultiTenancy;

namespace MarketingSaaS.Framework.Authorization;

public sealed class PermissionDefinition
{
    private readonly List<PermissionDefinition> _children = [];

    internal PermissionDefinition(string name, PermissionDefinition? parent, MultiTenancySides side, string[] requiredFeatures)
    {
        Name = name;
        Parent = parent;
        MultiTenancySide = side;
        RequiredFeatures = requiredFeatures;
    }

    public string Name { get; }

    /// <summary>Localization key of the display name: "Permission:{Name}".</summary>
    public string DisplayNameKey => "Permission:" + Name;

    public PermissionDefinition? Parent { get; }

    public MultiTenancySides MultiTenancySide { get; }

    public IReadOnlyList<string> RequiredFeatures { get; }

    public IReadOnlyList<PermissionDefinition> Children => _children;

    public PermissionDefinition AddChild(string name, MultiTenancySides? side = null, params string[] requiredFeatures)
    {
        var child = new PermissionDefinition(name, this, side ?? MultiTenancySide, [.. RequiredFeatures, .. requiredFeatures]);
        _children.Add(child);
        return child;
    }
}
