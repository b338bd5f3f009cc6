using MarketingSaaS.Framework.BlobStoring;
using MarketingSaaS.Framework.MultiTenancy;
using MarketingSaaS.Tenants;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MarketingSaaS.Blobs;

/// <summary>
/// Removes stored content that no <see cref="BlobRecord"/> points at: content whose row was deleted but whose delete
/// did not reach the provider, or whose upload stored the content but never saved its row (a crash between the two).
/// For every multi-tenant container and every tenant (each in its own scope, so a tenant with its own database is
/// read there) it lists the provider's blobs in batches, keeps those older than the grace period (the time in the
/// Guid v7 storage name, written with the injected clock), looks their names up in <c>BlobRecords</c> and deletes the
/// ones without a row. Then it removes this host's abandoned upload spool files older than the grace period.
/// Rows whose content is missing are not touched (they are not recoverable here; a download answers 404).
/// </summary>
public sealed class OrphanBlobCleaner(
    IServiceScopeFactory scopeFactory,
    ICurrentTenant currentTenant,
    IOptions<BlobStoringOptions> blobOptions,
    IOptions<FileSystemBlobProviderOptions> fileSystemOptions,
    IOptions<OrphanBlobCleanupOptions> options,
    TimeProvider clock,
    ILogger<OrphanBlobCleaner> logger)
{
    private const int BatchSize = 200;

    public async Task<OrphanBlobCleanupResult> CleanAsync(CancellationToken cancellationToken = default)
    {
        var cutoff = clock.GetUtcNow() - options.Value.GracePeriod;
        var tenantIds = await GetTenantIdsAsync(cancellationToken);
        var (checkedCount, deleted) = (0, 0);
        foreach (var (containerName, configuration) in blobOptions.Value.Containers)
        {
            if (!configuration.IsMultiTenant)
            {
                logger.LogWarning("Orphan blob clean-up skips the container {Container}: only multi-tenant containers are checked", containerName);
                continue;
            }

            foreach (var tenantId in tenantIds)
            {
                await using var scope = scopeFactory.CreateAsyncScope();
                using (currentTenant.Change(tenantId))
                {
                    var (c, d) = await CleanContainerAsync(scope.ServiceProvider, containerName, tenantId, cutoff, cancellationToken);
                    checkedCount += c;
                    deleted += d;
                }
            }
        }

        var spoolFiles = BlobSpoolFolder.DeleteStartedBefore(BlobSpoolFolder.PathOf(blobOptions.Value, fileSystemOptions.Value), cutoff);
        logger.LogInformation("Orphan blob clean-up: {Checked} blobs older than {Cutoff} checked, {Deleted} without a row deleted, {SpoolFiles} abandoned uploads removed",
            checkedCount, cutoff, deleted, spoolFiles);
        return new OrphanBlobCleanupResult(checkedCount, deleted, spoolFiles);
    }

    private async Task<List<Guid>> GetTenantIdsAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        using (currentTenant.Change(null))
        {
            return [.. (await scope.ServiceProvider.GetRequiredService<ITenantRepository>().GetListAsync(t => true, cancellationToken)).Select(t => t.Id)];
        }
    }

    private async Task<(int Checked, int Deleted)> CleanContainerAsync(IServiceProvider services, string containerName, Guid tenantId, DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        var container = services.GetRequiredService<IBlobContainerFactory>().Get(containerName);
        var records = services.GetRequiredService<IBlobRecordRepository>();
        var (checkedCount, deleted) = (0, 0);
        var batch = new List<string>(BatchSize);
        await foreach (var name in container.ListStorageNamesAsync(cancellationToken))
        {
            if (BlobPath.CreationTimeOf(name) < cutoff)
            {
                batch.Add(name);
            }

            if (batch.Count == BatchSize)
            {
                checkedCount += batch.Count;
                deleted += await DeleteOrphansAsync(container, records, batch, tenantId, cancellationToken);
                batch.Clear();
            }
        }

        checkedCount += batch.Count;
        deleted += batch.Count > 0 ? await DeleteOrphansAsync(container, records, batch, tenantId, cancellationToken) : 0;
        return (checkedCount, deleted);
    }

    private async Task<int> DeleteOrphansAsync(IBlobContainer container, IBlobRecordRepository records, List<string> names, Guid tenantId, CancellationToken cancellationToken)
    {
        var known = await records.GetKnownStorageNamesAsync(container.Name, names, cancellationToken);
        var deleted = 0;
        foreach (var name in names.Where(n => !known.Contains(n)))
        {
            if (await container.DeleteAsync(name, cancellationToken))
            {
                deleted++;
                logger.LogInformation("Deleted orphan blob {Container}/{StorageName} of tenant {TenantId} (stored {StoredAt:u}, no row)",
                    container.Name, name, tenantId, BlobPath.CreationTimeOf(name));
            }
        }

        return deleted;
    }
}
