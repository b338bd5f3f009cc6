using Microsoft.Extensions.DependencyInjection;

namespace MarketingSaaS.Events.Plans;

internal static class EventPlanAppServiceRegistration
{
    public static IServiceCollection AddEventPlanAppServices(this IServiceCollection services) => services
        .AddScoped<RaciNameResolver>()
        .AddScoped<IEventTaskAppService, EventTaskAppService>()
        .AddScoped<IEventMilestoneAppService, EventMilestoneAppService>()
        .AddScoped<IEventRiskAppService, EventRiskAppService>();
}
