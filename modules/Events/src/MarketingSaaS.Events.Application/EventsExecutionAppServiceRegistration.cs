using MarketingSaaS.Events.EventTemplates;
using MarketingSaaS.Events.Expenses;
using MarketingSaaS.Events.Figures;
using MarketingSaaS.Events.Reviews;
using Microsoft.Extensions.DependencyInjection;

namespace MarketingSaaS.Events;

internal static class EventsExecutionAppServiceRegistration
{
    public static IServiceCollection AddEventsExecutionAppServices(this IServiceCollection services) => services
        .AddScoped<IEventExpenseAppService, EventExpenseAppService>()
        .AddScoped<IEventReviewAppService, EventReviewAppService>()
        .AddScoped<IEventFiguresAppService, EventFiguresAppService>()
        .AddScoped<IEventTemplateAppService, EventTemplateAppService>();
}
