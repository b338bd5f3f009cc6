using MarketingSaaS.Approvals;
using MarketingSaaS.Events.EventTemplates;
using MarketingSaaS.Events.Expenses;
using MarketingSaaS.Events.Figures;
using MarketingSaaS.Events.MarketingEvents;
using MarketingSaaS.Events.Reviews;
using MarketingSaaS.Framework.BackgroundJobs;
using MarketingSaaS.Framework.BlobStoring;
using Microsoft.Extensions.DependencyInjection;

namespace MarketingSaaS.Events;

/// <summary>Domain services of event execution: expenses and receipts, reviews and their deadline job, figures, templates.</summary>
public static class EventsExecutionServiceCollectionExtensions
{
    public static IServiceCollection AddEventsExecution(this IServiceCollection services)
    {
        services.AddScoped<EventExpenseManager>();
        services.AddScoped<EventExpenseApprovals>();
        services.AddScoped<IApprovalOutcomeHandler, EventExpenseApprovalOutcomeHandler>();
        services.AddScoped<EventReviewManager>();
        services.AddScoped<EventTemplateManager>();
        services.AddScoped<EventTemplatePlanCopier>();
        services.AddScoped<EventReviewDeadlineChecker>();
        services.AddScoped<EventReviewDeadline>();
        services.AddScoped<EventReviewDeadlineSchedule>();
        services.AddScoped<IEventCloseCheck, ActualCostsCloseCheck>();
        services.AddScoped<IEventCloseCheck, ReviewCloseCheck>();
        services.AddScoped<IApprovalOutcomeHandler, EventReviewScheduleOnApproval>();
        services.AddBackgroundJob<EventReviewDeadlineJob, EventReviewDeadlineArgs>(EventReviewDeadlineJob.Name);
        services.ConfigureBlobContainer<EventReceiptsContainer>(c =>
        {
            c.MaxSizeBytes = EventReceiptsContainer.DefaultMaxSizeBytes;
            c.AllowedExtensions.UnionWith(EventReceiptsContainer.Kinds.SelectMany(k => k.Extensions));
        });
        return services;
    }
}
