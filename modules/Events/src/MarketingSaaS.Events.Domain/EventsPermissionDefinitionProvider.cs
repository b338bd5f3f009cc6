using MarketingSaaS.Framework.Authorization;
using MarketingSaaS.Framework.MultiTenancy;

namespace MarketingSaaS.Events;

/// <summary>Every Events permission needs the module switch: with the module off nobody holds them.</summary>
public sealed class EventsPermissionDefinitionProvider : PermissionDefinitionProvider
{
    public override void Define(PermissionDefinitionContext context)
    {
        var group = context.AddGroup(EventsPermissions.GroupName);
        var events = group.AddPermission(EventsPermissions.MarketingEvents.Default, MultiTenancySides.Tenant, EventsFeatures.Enable);
        events.AddChild(EventsPermissions.MarketingEvents.Create);
        events.AddChild(EventsPermissions.MarketingEvents.Update);
        events.AddChild(EventsPermissions.MarketingEvents.Delete);
        events.AddChild(EventsPermissions.MarketingEvents.Manage);
        var registrations = group.AddPermission(EventsPermissions.Registrations.Default, MultiTenancySides.Tenant, EventsFeatures.Enable);
        registrations.AddChild(EventsPermissions.Registrations.Manage);
        registrations.AddChild(EventsPermissions.Registrations.CheckIn);
        var templates = group.AddPermission(EventsPermissions.EventTemplates.Default, MultiTenancySides.Tenant, EventsFeatures.Enable);
        templates.AddChild(EventsPermissions.EventTemplates.Manage);
    }
}
