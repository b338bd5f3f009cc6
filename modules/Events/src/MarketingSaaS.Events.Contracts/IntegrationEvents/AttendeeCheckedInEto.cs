using MarketingSaaS.Framework.IntegrationEvents;

namespace MarketingSaaS.Events.IntegrationEvents;

/// <summary>
/// A registrant was checked in at an event's door (published once per registration, in the check-in's transaction).
/// For the Membership module: attendance on the member's timeline, points per event attended.
/// </summary>
[IntegrationEventName("Events.AttendeeCheckedIn")]
public sealed record AttendeeCheckedInEto(
    Guid EventId,
    string EventName,
    Guid RegistrationId,
    string Name,
    string Email,
    string? Phone,
    string? Company,
    string? UtmSource,
    DateTimeOffset CheckedInAt);
