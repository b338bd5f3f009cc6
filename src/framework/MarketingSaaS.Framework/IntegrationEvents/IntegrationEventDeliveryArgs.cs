namespace MarketingSaaS.Framework.IntegrationEvents;

/// <summary>One event for one handler: the outbox row, as a background job's arguments.</summary>
public sealed record IntegrationEventDeliveryArgs(Guid EventId, string EventName, string Subscriber, string PayloadJson, DateTimeOffset OccurredAt);
