namespace MarketingSaaS.Framework.IntegrationEvents;

/// <param name="Subscriber">Stable name of the handler (its type's full name), stored with each delivery.</param>
/// <param name="RequiredFeature">The subscribing module's switch: no delivery to a company that has it off.</param>
public sealed record IntegrationEventSubscription(
    string EventName,
    Type EventType,
    Type HandlerType,
    string Subscriber,
    string? RequiredFeature,
    Func<object, object, IntegrationEventContext, CancellationToken, Task> Invoke);
