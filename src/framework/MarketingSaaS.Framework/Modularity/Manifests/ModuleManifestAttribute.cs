namespace MarketingSaaS.Framework.Modularity.Manifests;

/// <summary>
/// Names the module's manifest on its Domain module class. Every layer of a module depends on its Domain module, so
/// whatever composes the module (the host through the HttpApi module, the DbMigrator through the EF Core module, a
/// plug-in folder) brings the manifest.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
public sealed class ModuleManifestAttribute(Type manifestType) : Attribute
{
    public Type ManifestType { get; } = manifestType;
}
