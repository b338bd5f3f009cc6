using MarketingSaaS.Approvals;
using MarketingSaaS.Approvals.BusinessTypes;
using MarketingSaaS.Events.MarketingEvents;
using MarketingSaaS.Events.Metrics;
using MarketingSaaS.Events.Search;
using MarketingSaaS.Events.Settings;
using MarketingSaaS.Events.TextTemplates;
using MarketingSaaS.Framework.Modularity.Manifests;
using MarketingSaaS.Identity;

namespace MarketingSaaS.Events;

/// <summary>The Events module in one place: switch "Modules.Events", its definitions, default grants and contributions.</summary>
public sealed class EventsModuleManifest : IModuleManifest
{
    public string Name => EventsFeatures.ModuleName;

    public void Describe(ModuleManifestBuilder module) => module
        .Permissions<EventsPermissionDefinitionProvider>()
        .Settings<EventsSettingDefinitionProvider>()
        .Templates<EventsTemplateDefinitionProvider>()
        .GrantByDefault(IdentityConsts.StaticRoles.MarketingHead, EventsDefaultRoleGrants.MarketingHead)
        .GrantByDefault(IdentityConsts.StaticRoles.Staff, EventsDefaultRoleGrants.Staff)
        .Metrics<EventsMetricProvider>()
        .Search<MarketingEventSearchProvider>()
        .Provides<ApprovalBusinessTypeDefinitionProvider, EventsApprovalBusinessTypeDefinitionProvider>()
        .Provides<DefaultApprovalPolicyProvider, EventsDefaultApprovalPolicyProvider>()
        .MenuEntry(group: "operations", icon: "calendar", order: 20);
}
