using MarketingSaaS.Framework.BackgroundJobs;
using Microsoft.Extensions.DependencyInjection;

namespace MarketingSaaS.ApprovalSla;

public static class ApprovalSlaServiceCollectionExtensions
{
    public static IServiceCollection AddApprovalSla(this IServiceCollection services)
    {
        services.AddScoped<ApprovalStageSlaChecker>();
        services.AddScoped<OverdueStepNotifier>();
        services.AddScoped<ApprovalSlaSchedule>();
        services.AddBackgroundJob<ApprovalSlaJob, ApprovalSlaArgs>(ApprovalSlaJob.Name);
        return services;
    }
}
