namespace MarketingSaaS.Events.Registrations;

/// <summary>A registration as staff see it (the check-in code is the registrant's secret and is not listed).</summary>
public sealed record EventRegistrationDto(
    Guid Id,
    Guid EventId,
    string Name,
    string Email,
    string? Phone,
    string? Company,
    EventRegistrationStatus Status,
    DateTimeOffset RegisteredAt,
    DateTimeOffset? CheckedInAt,
    bool IsLead,
    DateTimeOffset? MarkedLeadAt,
    UtmDto Utm,
    string ConcurrencyStamp);
