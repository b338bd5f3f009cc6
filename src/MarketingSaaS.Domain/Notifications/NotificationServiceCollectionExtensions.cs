using MarketingSaaS.Approvals;
using MarketingSaaS.Framework.BackgroundJobs;
using MarketingSaaS.Framework.Emailing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace MarketingSaaS.Notifications;

public static class NotificationServiceCollectionExtensions
{
    public static IServiceCollection AddNotifications(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSmtpEmailing(configuration);
        services.AddSingleton<NotificationTextFormatter>();
        services.AddScoped<UserCultureResolver>();
        services.AddScoped<INotificationPublisher, NotificationPublisher>();
        services.AddScoped<ProcessStepAssignmentNotifier>();
        services.AddScoped<MarketingSaaS.Processes.IProcessStepCompletedHandler, ProcessStepReadyNotifier>();
        services.AddScoped<ApprovalWaitingPublisher>();
        services.AddScoped<IApprovalStageStartedHandler, ApprovalWaitingNotifier>();
        services.AddScoped<IApprovalOutcomeHandler, ApprovalDecidedNotifier>();
        services.AddScoped<IApprovalOutcomeHandler, ApprovalWaitingResolver>();
        services.AddScoped<MarketingSaaS.Budgets.IBudgetWarningHandler, BudgetWarningNotifier>();
        services.AddBackgroundJob<SendNotificationEmailJob, SendNotificationEmailArgs>(SendNotificationEmailJob.Name);
        return services;
    }
}
