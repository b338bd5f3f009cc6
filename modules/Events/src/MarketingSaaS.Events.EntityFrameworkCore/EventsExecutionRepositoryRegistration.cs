using MarketingSaaS.Events.EntityFrameworkCore.EventTemplates;
using MarketingSaaS.Events.EntityFrameworkCore.Expenses;
using MarketingSaaS.Events.EntityFrameworkCore.Figures;
using MarketingSaaS.Events.EntityFrameworkCore.Reviews;
using MarketingSaaS.Events.EventTemplates;
using MarketingSaaS.Events.Expenses;
using MarketingSaaS.Events.Figures;
using MarketingSaaS.Events.Reviews;
using Microsoft.Extensions.DependencyInjection;

namespace MarketingSaaS.Events.EntityFrameworkCore;

internal static class EventsExecutionRepositoryRegistration
{
    public static IServiceCollection AddEventsExecutionRepositories(this IServiceCollection services)
    {
        services.AddScoped<IEventExpenseRepository, EventExpenseRepository>();
        services.AddScoped<IEventReviewRepository, EventReviewRepository>();
        services.AddScoped<IEventReviewFollowUpRepository, EventReviewFollowUpRepository>();
        services.AddScoped<IEventAttributedRevenueRepository, EventAttributedRevenueRepository>();
        services.AddScoped<IEventTemplateRepository, EventTemplateRepository>();
        return services;
    }
}
