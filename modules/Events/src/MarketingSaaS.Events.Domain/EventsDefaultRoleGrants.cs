namespace MarketingSaaS.Events;

/// <summary>
/// What the company's static roles may do in Events once the module is on (docs/events.md, "Default grants"):
/// the head of marketing runs the whole module; staff plan events, start them from templates and work the
/// check-in desk, but do not submit, delete, record costs or change registration settings.
/// </summary>
internal static class EventsDefaultRoleGrants
{
    public static readonly string[] MarketingHead =
    [
        EventsPermissions.MarketingEvents.Default,
        EventsPermissions.MarketingEvents.Create,
        EventsPermissions.MarketingEvents.Update,
        EventsPermissions.MarketingEvents.Delete,
        EventsPermissions.MarketingEvents.Manage,
        EventsPermissions.Registrations.Default,
        EventsPermissions.Registrations.Manage,
        EventsPermissions.Registrations.CheckIn,
        EventsPermissions.EventTemplates.Default,
        EventsPermissions.EventTemplates.Manage,
    ];

    public static readonly string[] Staff =
    [
        EventsPermissions.MarketingEvents.Default,
        EventsPermissions.MarketingEvents.Create,
        EventsPermissions.MarketingEvents.Update,
        EventsPermissions.Registrations.Default,
        EventsPermissions.Registrations.CheckIn,
        EventsPermissions.EventTemplates.Default,
    ];
}
