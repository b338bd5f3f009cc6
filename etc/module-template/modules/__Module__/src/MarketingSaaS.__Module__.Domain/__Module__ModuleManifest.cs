using MarketingSaaS.Framework.Modularity.Manifests;

namespace MarketingSaaS.__Module__;

/// <summary>The __Module__ module in one place: switch "Modules.__Module__" and its permissions.</summary>
public sealed class __Module__ModuleManifest : IModuleManifest
{
    public string Name => __Module__Features.ModuleName;

    public void Describe(ModuleManifestBuilder module) => module
        .Permissions<__Module__PermissionDefinitionProvider>()
        .MenuEntry(group: "modules", icon: "appstore", order: 100);
}
