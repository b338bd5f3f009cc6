namespace MarketingSaaS.Events.Registrations;

/// <summary>
/// The registrant's own view: status and the check-in code the portal renders as a QR code
/// (<see cref="CheckInUrl"/> is the path of that page, relative to the portal).
/// </summary>
public sealed record PublicRegistrationDto(
    Guid EventId,
    string Name,
    string Email,
    EventRegistrationStatus Status,
    string CheckInCode,
    string CheckInUrl,
    DateTimeOffset RegisteredAt,
    DateTimeOffset? CheckedInAt);
