using Microsoft.Extensions.DependencyInjection;

namespace MarketingSaaS.Framework.BackgroundJobs;

public static class BackgroundJobServiceCollectionExtensions
{
    /// <summary>
    /// Registers a job type under <paramref name="name"/> (default: the args type's full name). The name
    /// is stored in the queue, so keep it stable when renaming classes. One job type per args type.
    /// </summary>
    public static IServiceCollection AddBackgroundJob<TJob, TArgs>(this IServiceCollection services, string? name = null)
        where TJob : class, IBackgroundJob<TArgs>
    {
        services.AddTransient<TJob>();
        services.AddSingleton(new BackgroundJobDefinition(
            name ?? typeof(TArgs).FullName!,
            typeof(TJob),
            typeof(TArgs),
            (job, args, ct) => ((TJob)job).ExecuteAsync((TArgs)args, ct)));
        return services;
    }
}
