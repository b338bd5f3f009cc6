using MarketingSaaS.Approvals;
using MarketingSaaS.Framework.BackgroundJobs;
using Microsoft.Extensions.DependencyInjection;

namespace MarketingSaaS.Events.Plans;

/// <summary>Domain services of event plans: tasks with RACI, milestones and their rehearsal reminders, risks.</summary>
public static class EventPlanServiceCollectionExtensions
{
    public static IServiceCollection AddEventsPlan(this IServiceCollection services)
    {
        services.AddScoped<EventTaskManager>();
        services.AddScoped<EventMilestoneManager>();
        services.AddScoped<EventRiskManager>();
        services.AddScoped<RehearsalReminderChecker>();
        services.AddScoped<RehearsalReminderSchedule>();
        services.AddScoped<IApprovalOutcomeHandler, RehearsalScheduleOnApproval>();
        services.AddBackgroundJob<RehearsalReminderJob, RehearsalReminderArgs>(RehearsalReminderJob.Name);
        return services;
    }
}
