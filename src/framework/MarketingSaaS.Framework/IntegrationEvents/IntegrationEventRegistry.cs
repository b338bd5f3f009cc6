namespace MarketingSaaS.Framework.IntegrationEvents;

public sealed class IntegrationEventRegistry(IEnumerable<IntegrationEventSubscription> subscriptions)
{
    private readonly ILookup<string, IntegrationEventSubscription> _byEvent = subscriptions.ToLookup(s => s.EventName, StringComparer.Ordinal);

    public IEnumerable<IntegrationEventSubscription> SubscriptionsOf(string eventName) => _byEvent[eventName];

    public IntegrationEventSubscription? Find(string eventName, string subscriber) =>
        _byEvent[eventName].FirstOrDefault(s => s.Subscriber == subscriber);
}
