using System.Text.Json;
using MarketingSaaS.Framework.BackgroundJobs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MarketingSaaS.Framework.IntegrationEvents;

/// <summary>Hands one delivery to its handler; a handler that throws is retried like any job.</summary>
public sealed class IntegrationEventDeliveryJob(IntegrationEventRegistry registry, IServiceProvider services, ILogger<IntegrationEventDeliveryJob> logger)
    : IBackgroundJob<IntegrationEventDeliveryArgs>
{
    public const string Name = "Framework.IntegrationEventDelivery";

    public async Task ExecuteAsync(IntegrationEventDeliveryArgs args, CancellationToken cancellationToken)
    {
        if (registry.Find(args.EventName, args.Subscriber) is not { } subscription)
        {
            // The subscribing module was removed from this installation since the event was published.
            logger.LogWarning("Integration event {EventName} {EventId}: no handler {Subscriber} any more; the delivery is dropped", args.EventName, args.EventId, args.Subscriber);
            return;
        }

        var integrationEvent = JsonSerializer.Deserialize(args.PayloadJson, subscription.EventType, BackgroundJobJson.Options)
            ?? throw new InvalidOperationException($"Integration event {args.EventName} {args.EventId} has no payload.");
        var handler = services.GetRequiredService(subscription.HandlerType);
        await subscription.Invoke(handler, integrationEvent, new IntegrationEventContext(args.EventId, args.OccurredAt), cancellationToken);
    }
}
