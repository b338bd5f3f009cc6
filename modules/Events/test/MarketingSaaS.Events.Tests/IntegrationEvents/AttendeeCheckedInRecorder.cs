using System.Collections.Concurrent;
using MarketingSaaS.Events.IntegrationEvents;
using MarketingSaaS.Framework.IntegrationEvents;

namespace MarketingSaaS.Events.Tests.IntegrationEvents;

/// <summary>What the test subscribers heard: per subscriber, the events with their context and the company they ran in.</summary>
public sealed class AttendeeCheckedInRecorder
{
    public ConcurrentQueue<(string Subscriber, AttendeeCheckedInEto Event, IntegrationEventContext Context, Guid? Tenant)> Heard { get; } = new();

    public List<AttendeeCheckedInEto> HeardBy(string subscriber, Guid eventId) =>
        [.. Heard.Where(h => h.Subscriber == subscriber && h.Event.EventId == eventId).Select(h => h.Event)];
}
