using MarketingSaaS.Framework.Domain.Repositories;

namespace MarketingSaaS.Blobs;

public interface IBlobRecordRepository : IRepository<BlobRecord, Guid>
{
    /// <summary>The owner's files, oldest first.</summary>
    Task<List<BlobRecord>> GetListByOwnerAsync(string ownerType, Guid ownerId, CancellationToken cancellationToken = default);

    /// <summary>Those of <paramref name="storageNames"/> that have a row in the container (current tenant).</summary>
    Task<HashSet<string>> GetKnownStorageNamesAsync(string containerName, IReadOnlyCollection<string> storageNames, CancellationToken cancellationToken = default);

    Task<BlobRecord?> FindByOwnerAsync(string ownerType, Guid ownerId, Guid id, CancellationToken cancellationToken = default);
}
