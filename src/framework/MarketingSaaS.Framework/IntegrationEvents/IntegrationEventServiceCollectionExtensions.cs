using MarketingSaaS.Framework.BackgroundJobs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace MarketingSaaS.Framework.IntegrationEvents;

public static class IntegrationEventServiceCollectionExtensions
{
    public static IServiceCollection AddIntegrationEvents(this IServiceCollection services)
    {
        services.TryAddSingleton<IntegrationEventRegistry>();
        services.TryAddScoped<IIntegrationEventPublisher, IntegrationEventPublisher>();
        if (!services.Any(d => d.ServiceType == typeof(IntegrationEventDeliveryJob)))
        {
            services.AddBackgroundJob<IntegrationEventDeliveryJob, IntegrationEventDeliveryArgs>(IntegrationEventDeliveryJob.Name);
        }

        return services;
    }

    /// <summary>
    /// Subscribes <typeparamref name="THandler"/> to <typeparamref name="TEvent"/> (a type from the publishing module's
    /// contracts). <paramref name="requiredFeature"/>: the subscribing module's switch; companies with it off get no delivery.
    /// </summary>
    public static IServiceCollection AddIntegrationEventHandler<TEvent, THandler>(this IServiceCollection services, string? requiredFeature = null)
        where TEvent : class
        where THandler : class, IIntegrationEventHandler<TEvent>
    {
        services.AddIntegrationEvents();
        services.AddTransient<THandler>();
        services.AddSingleton(new IntegrationEventSubscription(
            IntegrationEventNameAttribute.Of(typeof(TEvent)),
            typeof(TEvent),
            typeof(THandler),
            typeof(THandler).FullName!,
            requiredFeature,
            (handler, integrationEvent, context, ct) => ((THandler)handler).HandleAsync((TEvent)integrationEvent, context, ct)));
        return services;
    }
}
