using MarketingSaaS.Blobs;
using MarketingSaaS.Framework.EntityFrameworkCore.DbContexts;
using MarketingSaaS.Framework.EntityFrameworkCore.Repositories;
using Microsoft.EntityFrameworkCore;

namespace MarketingSaaS.EntityFrameworkCore.Blobs;

internal sealed class BlobRecordRepository(IDbContextProvider<PlatformDbContext> contextProvider)
    : EfRepository<PlatformDbContext, BlobRecord, Guid>(contextProvider), IBlobRecordRepository
{
    public async Task<List<BlobRecord>> GetListByOwnerAsync(string ownerType, Guid ownerId, CancellationToken cancellationToken = default) =>
        await (await GetQueryableAsync(cancellationToken))
            .Where(b => b.OwnerType == ownerType && b.OwnerId == ownerId)
            .OrderBy(b => b.Id)
            .ToListAsync(cancellationToken);

    public async Task<BlobRecord?> FindByOwnerAsync(string ownerType, Guid ownerId, Guid id, CancellationToken cancellationToken = default) =>
        await (await GetQueryableAsync(cancellationToken))
            .FirstOrDefaultAsync(b => b.Id == id && b.OwnerType == ownerType && b.OwnerId == ownerId, cancellationToken);

    public async Task<HashSet<string>> GetKnownStorageNamesAsync(string containerName, IReadOnlyCollection<string> storageNames, CancellationToken cancellationToken = default) =>
        (await (await GetQueryableAsync(cancellationToken))
            .Where(b => b.ContainerName == containerName && storageNames.Contains(b.StorageName))
            .Select(b => b.StorageName)
            .ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
}
