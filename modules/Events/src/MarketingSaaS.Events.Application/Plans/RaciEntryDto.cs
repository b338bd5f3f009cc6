namespace MarketingSaaS.Events.Plans;

/// <summary>A RACI entry with the party's display name (the user's name or the position's).</summary>
public sealed record RaciEntryDto(RaciRole Role, RaciPartyKind Kind, Guid PartyId, string? Name);
