namespace MarketingSaaS.Events.MarketingEvents;

/// <summary>A rule another part of the module adds to closing an event; throws (422) when the event may not be closed yet.</summary>
public interface IEventCloseCheck
{
    Task CheckAsync(MarketingEvent marketingEvent, CancellationToken cancellationToken = default);
}
