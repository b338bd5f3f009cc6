namespace MarketingSaaS.Events.Plans;

/// <summary>A RACI party is a user of the company or a position of its org chart (then its holders act).</summary>
public enum RaciPartyKind
{
    User = 0,
    Position = 1,
}
