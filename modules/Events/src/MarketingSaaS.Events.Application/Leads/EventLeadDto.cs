namespace MarketingSaaS.Events.Leads;

/// <summary>A registrant marked as a lead, with the UTM source of the link they registered through.</summary>
public sealed record EventLeadDto(
    Guid RegistrationId,
    string Name,
    string Email,
    string? Phone,
    string? Company,
    string? UtmSource,
    string? UtmMedium,
    string? UtmCampaign,
    DateTimeOffset? CheckedInAt,
    DateTimeOffset MarkedLeadAt);
