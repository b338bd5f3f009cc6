using MarketingSaaS.Events.IntegrationEvents;
using MarketingSaaS.Framework.IntegrationEvents;
using MarketingSaaS.Framework.MultiTenancy;

namespace MarketingSaaS.Events.Tests.IntegrationEvents;

/// <summary>Stands in for another module's handler, subscribed without a module switch.</summary>
public sealed class AlwaysOnAttendeeSubscriber(AttendeeCheckedInRecorder recorder, ICurrentTenant tenant) : IIntegrationEventHandler<AttendeeCheckedInEto>
{
    public const string Name = "always-on";

    public Task HandleAsync(AttendeeCheckedInEto integrationEvent, IntegrationEventContext context, CancellationToken cancellationToken)
    {
        recorder.Heard.Enqueue((Name, integrationEvent, context, tenant.Id));
        return Task.CompletedTask;
    }
}

/// <summary>Stands in for the handler of a module ("Listener") that companies switch on and off.</summary>
public sealed class ListenerModuleAttendeeSubscriber(AttendeeCheckedInRecorder recorder, ICurrentTenant tenant) : IIntegrationEventHandler<AttendeeCheckedInEto>
{
    public const string Name = "listener-module";

    public Task HandleAsync(AttendeeCheckedInEto integrationEvent, IntegrationEventContext context, CancellationToken cancellationToken)
    {
        recorder.Heard.Enqueue((Name, integrationEvent, context, tenant.Id));
        return Task.CompletedTask;
    }
}
