namespace MarketingSaaS.Framework.IntegrationEvents;

/// <summary>
/// Hears one integration event type, in the publishing company's context, in a unit of work of its own.
/// Delivery is at least once: a handler must be idempotent (<see cref="IntegrationEventContext.EventId"/> names
/// the event; the same event reaches the same handler again only after a failure or a lost lease).
/// </summary>
public interface IIntegrationEventHandler<in TEvent>
    where TEvent : class
{
    Task HandleAsync(TEvent integrationEvent, IntegrationEventContext context, CancellationToken cancellationToken);
}
