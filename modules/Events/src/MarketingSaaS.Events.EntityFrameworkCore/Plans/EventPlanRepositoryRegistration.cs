using MarketingSaaS.Events.Plans;
using Microsoft.Extensions.DependencyInjection;

namespace MarketingSaaS.Events.EntityFrameworkCore.Plans;

internal static class EventPlanRepositoryRegistration
{
    public static IServiceCollection AddEventPlanRepositories(this IServiceCollection services) => services
        .AddScoped<IEventTaskRepository, EventTaskRepository>()
        .AddScoped<IEventMilestoneRepository, EventMilestoneRepository>()
        .AddScoped<IEventRiskRepository, EventRiskRepository>()
        .AddScoped<IEventRehearsalReminderRepository, EventRehearsalReminderRepository>();
}
