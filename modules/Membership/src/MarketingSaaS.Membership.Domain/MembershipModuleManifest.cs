using MarketingSaaS.Framework.Modularity.Manifests;
using MarketingSaaS.Identity;
using MarketingSaaS.Membership.Settings;

namespace MarketingSaaS.Membership;

/// <summary>The Membership module in one place: switch "Modules.Membership", its permissions, settings and default grants.</summary>
public sealed class MembershipModuleManifest : IModuleManifest
{
    public string Name => MembershipFeatures.ModuleName;

    public void Describe(ModuleManifestBuilder module) => module
        .Permissions<MembershipPermissionDefinitionProvider>()
        .Settings<MembershipSettingDefinitionProvider>()
        .GrantByDefault(IdentityConsts.StaticRoles.MarketingHead, MembershipDefaultRoleGrants.MarketingHead)
        .GrantByDefault(IdentityConsts.StaticRoles.Staff, MembershipDefaultRoleGrants.Staff)
        .MenuEntry(group: "modules", icon: "team", order: 100);
}
