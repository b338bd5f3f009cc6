namespace MarketingSaaS.Events.Plans;

public sealed record RaciAssignmentDraft(RaciRole Role, RaciPartyKind Kind, Guid PartyId);
