namespace MarketingSaaS.Framework.IntegrationEvents;

/// <summary>
/// Publishes an integration event to the handlers registered for it (in any module). Each handler gets a delivery
/// row in the current unit of work (the job queue is the outbox): it is stored with the business data and rolled back
/// with it, and delivered after the commit, with retries. No handler (the subscribing module is not installed or is
/// off for the company) means no delivery.
/// </summary>
public interface IIntegrationEventPublisher
{
    Task PublishAsync<TEvent>(TEvent integrationEvent, CancellationToken cancellationToken = default)
        where TEvent : class;
}
