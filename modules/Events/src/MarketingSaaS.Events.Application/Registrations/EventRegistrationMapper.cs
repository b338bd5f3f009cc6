using MarketingSaaS.Events.MarketingEvents;

namespace MarketingSaaS.Events.Registrations;

internal static class EventRegistrationMapper
{
    public static string PublicPath(string tenant, Guid eventId) => $"/register/{tenant}/{eventId}";

    public static EventRegistrationDto ToDto(this EventRegistration r) => new(
        r.Id, r.EventId, r.Name, r.Email, r.Phone, r.Company, r.Status, r.RegisteredAt, r.CheckedInAt, r.IsLead, r.MarkedLeadAt,
        new UtmDto(r.Utm.Source, r.Utm.Medium, r.Utm.Campaign, r.Utm.Content, r.Utm.Term), r.ConcurrencyStamp);

    public static PublicRegistrationDto ToPublicDto(this EventRegistration r, string tenant) => new(
        r.EventId, r.Name, r.Email, r.Status, r.CheckInCode, $"{PublicPath(tenant, r.EventId)}/{r.CheckInCode}", r.RegisteredAt, r.CheckedInAt);

    public static PublicEventDto ToPublicDto(this MarketingEvent e, EventRegistrationSettings s) => new(
        e.Id, e.Name, e.Type, e.Theme, e.TargetAudience, e.Description, e.StartTime, e.EndTime, e.Place, e.OnlineLink, s.IsOpen, s.Capacity, s.SeatsLeft);

    public static RegistrantDetails ToRegistrant(this RegisterForEventDto input) =>
        new(input.Name.Trim(), input.Email.Trim(), Blank(input.Phone), Blank(input.Company));

    public static UtmParameters ToUtm(this RegisterForEventDto input) =>
        UtmParameters.Normalize(input.UtmSource, input.UtmMedium, input.UtmCampaign, input.UtmContent, input.UtmTerm);

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
