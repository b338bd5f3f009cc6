using System.Reflection;

namespace MarketingSaaS.Framework.Modularity;

public sealed class ModuleDescriptor(Type type, MarketingModule instance, bool isPlugIn)
{
    public Type Type { get; } = type;

    public Assembly Assembly => Type.Assembly;

    public MarketingModule Instance { get; } = instance;

    public bool IsPlugIn { get; } = isPlugIn;

    public override string ToString() => Type.Name;
}
