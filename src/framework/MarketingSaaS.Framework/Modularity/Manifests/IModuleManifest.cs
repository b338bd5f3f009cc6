namespace MarketingSaaS.Framework.Modularity.Manifests;

/// <summary>
/// The one place an optional module declares what it is (OrchardCore's manifest idea): its name and switch, the modules
/// it needs, and the definition providers and contributions it brings. One per module, in its Domain project, named by
/// <see cref="ModuleManifestAttribute"/> on the Domain module class. <see cref="ModularApplication"/> registers what it
/// names; the host, the DbMigrator and the modules page read it (<see cref="ModularApplication.Manifests"/>).
/// </summary>
public interface IModuleManifest
{
    /// <summary>The module's name, e.g. "Events"; its switch is the feature "Modules.{Name}".</summary>
    string Name { get; }

    void Describe(ModuleManifestBuilder module);
}
