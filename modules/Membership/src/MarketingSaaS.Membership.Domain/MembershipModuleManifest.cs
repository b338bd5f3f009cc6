using MarketingSaaS.Framework.Modularity.Manifests;

namespace MarketingSaaS.Membership;

/// <summary>The Membership module in one place: switch "Modules.Membership" and its permissions.</summary>
public sealed class MembershipModuleManifest : IModuleManifest
{
    public string Name => MembershipFeatures.ModuleName;

    public void Describe(ModuleManifestBuilder module) => module
        .Permissions<MembershipPermissionDefinitionProvider>()
        .MenuEntry(group: "modules", icon: "appstore", order: 100);
}
