using System.Text.Json;
using MarketingSaaS.Framework.BackgroundJobs;
using MarketingSaaS.Framework.Domain.Entities;
using MarketingSaaS.Framework.Features;

namespace MarketingSaaS.Framework.IntegrationEvents;

public sealed class IntegrationEventPublisher(
    IntegrationEventRegistry registry,
    IBackgroundJobManager jobs,
    IFeatureChecker features,
    TimeProvider clock) : IIntegrationEventPublisher
{
    public async Task PublishAsync<TEvent>(TEvent integrationEvent, CancellationToken cancellationToken = default)
        where TEvent : class
    {
        var eventName = IntegrationEventNameAttribute.Of(typeof(TEvent));
        var (eventId, now) = (SequentialGuid.Create(), clock.GetUtcNow());
        string? payload = null;
        foreach (var subscription in registry.SubscriptionsOf(eventName))
        {
            if (subscription.RequiredFeature is { } feature && !await features.IsEnabledAsync(feature, cancellationToken))
            {
                continue;
            }

            payload ??= JsonSerializer.Serialize(integrationEvent, BackgroundJobJson.Options);
            await jobs.EnqueueAsync(
                new IntegrationEventDeliveryArgs(eventId, eventName, subscription.Subscriber, payload, now),
                new BackgroundJobEnqueueOptions(IdempotencyKey: $"integration-event:{eventId:N}:{subscription.Subscriber}"),
                cancellationToken);
        }
    }
}
