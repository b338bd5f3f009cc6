using MarketingSaaS.Framework.BackgroundJobs;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace MarketingSaaS.Blobs;

public static class OrphanBlobCleanupServiceCollectionExtensions
{
    public static IServiceCollection AddOrphanBlobCleanup(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<OrphanBlobCleanupOptions>().Bind(configuration.GetSection(OrphanBlobCleanupOptions.SectionName));
        services.AddScoped<OrphanBlobCleaner>();
        services.AddScoped<OrphanBlobCleanupSchedule>();
        services.AddBackgroundJob<OrphanBlobCleanupJob, OrphanBlobCleanupArgs>(OrphanBlobCleanupJob.Name);
        return services;
    }
}
