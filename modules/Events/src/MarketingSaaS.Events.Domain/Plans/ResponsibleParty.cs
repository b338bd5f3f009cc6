namespace MarketingSaaS.Events.Plans;

/// <summary>The Responsible of one task of an event.</summary>
public sealed record ResponsibleParty(Guid MarketingEventId, RaciPartyKind Kind, Guid PartyId);
