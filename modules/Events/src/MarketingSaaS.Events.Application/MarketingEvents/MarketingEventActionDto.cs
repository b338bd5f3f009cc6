namespace MarketingSaaS.Events.MarketingEvents;

/// <summary>Body of submit/start/complete/close: the stamp the caller read, if it wants 409 on a stale screen.</summary>
public sealed class MarketingEventActionDto
{
    public string? ConcurrencyStamp { get; set; }
}
