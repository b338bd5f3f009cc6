using MarketingSaaS.Framework.BlobStoring;
using MarketingSaaS.Framework.Domain.Entities;

namespace MarketingSaaS.Blobs;

/// <summary>
/// Stores files in a typed container and keeps their <see cref="BlobRecord"/>s. Content is written before the
/// record is saved: a caller whose save fails calls <see cref="DeleteContentAsync"/>, so no row ever points at
/// missing content (an orphaned file is the worst case, never a broken row).
/// </summary>
public sealed class BlobRecordManager(IBlobRecordRepository records, IBlobContainerFactory containers)
{
    public async Task<BlobRecord> StoreAsync<TContainer>(Stream content, string? fileName, string ownerType, Guid ownerId, CancellationToken cancellationToken = default)
        where TContainer : class
    {
        var container = containers.Get<TContainer>();
        var blob = await container.SaveAsync(content, fileName, cancellationToken);
        var record = new BlobRecord(SequentialGuid.Create(), container.Name, blob, ownerType, ownerId);
        await records.InsertAsync(record, cancellationToken);
        return record;
    }

    public async Task<Stream> OpenReadAsync(BlobRecord record, CancellationToken cancellationToken = default) =>
        await ContainerOf(record).OpenReadAsync(record.StorageName, cancellationToken)
        ?? throw new EntityNotFoundException(typeof(BlobRecord), record.Id);

    public Task DeleteContentAsync(BlobRecord record, CancellationToken cancellationToken = default) =>
        ContainerOf(record).DeleteAsync(record.StorageName, cancellationToken);

    private IBlobContainer ContainerOf(BlobRecord record) => containers.Get(record.ContainerName);
}
