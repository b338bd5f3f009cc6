using MarketingSaaS.Framework.BackgroundJobs;

namespace MarketingSaaS.Blobs;

/// <summary>The host's nightly clean-up of stored content that no <see cref="BlobRecord"/> points at (<see cref="OrphanBlobCleaner"/>).</summary>
public sealed class OrphanBlobCleanupJob(OrphanBlobCleaner cleaner) : IBackgroundJob<OrphanBlobCleanupArgs>
{
    public const string Name = "Blobs.OrphanCleanup";

    public Task ExecuteAsync(OrphanBlobCleanupArgs args, CancellationToken cancellationToken) => cleaner.CleanAsync(cancellationToken);
}
