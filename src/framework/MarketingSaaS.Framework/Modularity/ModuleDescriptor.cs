using System.Reflection;
using MarketingSaaS.Framework.Modularity.Manifests;

namespace MarketingSaaS.Framework.Modularity;

public sealed class ModuleDescriptor(Type type, MarketingModule instance, bool isPlugIn)
{
    public Type Type { get; } = type;

    public Assembly Assembly => Type.Assembly;

    public MarketingModule Instance { get; } = instance;

    public bool IsPlugIn { get; } = isPlugIn;

    /// <summary>The optional module's manifest, on the module class that names it (its Domain module); null elsewhere.</summary>
    public ModuleManifest? Manifest { get; } = ModuleManifest.ForModuleType(type);

    public override string ToString() => Type.Name;
}
