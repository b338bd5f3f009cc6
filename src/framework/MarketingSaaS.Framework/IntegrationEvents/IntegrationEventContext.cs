namespace MarketingSaaS.Framework.IntegrationEvents;

/// <param name="EventId">The same for every delivery of one published event.</param>
/// <param name="OccurredAt">When it was published (UTC).</param>
public sealed record IntegrationEventContext(Guid EventId, DateTimeOffset OccurredAt);
