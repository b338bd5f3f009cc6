using MarketingSaaS.Framework.BackgroundJobs;
using MarketingSaaS.Framework.EntityFrameworkCore.DbContexts;
using Microsoft.Extensions.DependencyInjection;

namespace MarketingSaaS.Framework.EntityFrameworkCore.BackgroundJobs;

public static class BackgroundJobEfServiceCollectionExtensions
{
    /// <summary>
    /// The queue lives in <typeparamref name="TContext"/>, whose model must call
    /// <see cref="BackgroundJobModelBuilderExtensions.ConfigureBackgroundJobs"/>. The composition root binds
    /// <see cref="BackgroundJobOptions"/> (section "BackgroundJobs").
    /// </summary>
    public static IServiceCollection AddBackgroundJobQueue<TContext>(this IServiceCollection services)
        where TContext : MarketingDbContext
    {
        services.AddSingleton<BackgroundJobRegistry>();
        services.AddSingleton<BackgroundJobWorker>();
        services.AddScoped<ScheduleTimeZoneResolver>();
        services.AddScoped<IBackgroundJobStore, EfBackgroundJobStore<TContext>>();
        services.AddScoped<IBackgroundJobManager, EfBackgroundJobManager<TContext>>();
        services.AddScoped<IRecurringJobManager, EfRecurringJobManager<TContext>>();
        services.AddScoped<IBackgroundJobRecordRepository, EfBackgroundJobRecordRepository<TContext>>();
        return services;
    }
}
