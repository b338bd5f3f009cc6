using MarketingSaaS.Framework.BackgroundJobs;
using Microsoft.Extensions.Options;

namespace MarketingSaaS.Blobs;

/// <summary>The host's recurring schedule of <see cref="OrphanBlobCleanupJob"/>, created by the host seeder (once per tick across processes).</summary>
public sealed class OrphanBlobCleanupSchedule(IRecurringJobManager recurringJobs, IOptions<OrphanBlobCleanupOptions> options)
{
    public const string ScheduleName = "blob-orphan-cleanup";

    /// <summary>Call in the host scope; the caller's unit of work saves the schedule.</summary>
    public async Task EnsureAsync(CancellationToken cancellationToken = default)
    {
        if (options.Value.ScheduleEnabled)
        {
            await recurringJobs.AddOrUpdateAsync(ScheduleName, options.Value.Cron, new OrphanBlobCleanupArgs(), cancellationToken: cancellationToken);
        }
    }
}
