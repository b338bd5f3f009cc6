using MarketingSaaS.Framework.BlobStoring;
using MarketingSaaS.Framework.Domain.Entities;
using MarketingSaaS.Framework.Uow;

namespace MarketingSaaS.Blobs;

/// <summary>The platform's side of <see cref="IOwnedFileStore"/>: <see cref="BlobRecord"/>s through <see cref="BlobRecordManager"/>.</summary>
public sealed class OwnedFileStore(IBlobRecordRepository records, BlobRecordManager blobs, IUnitOfWork unitOfWork, IBlobContainerFactory containers) : IOwnedFileStore
{
    public async Task<OwnedFile> AddAsync<TContainer>(Stream content, string? fileName, string ownerType, Guid ownerId, CancellationToken cancellationToken = default)
        where TContainer : class =>
        ToOwnedFile(await blobs.StoreAsync<TContainer>(content, fileName, ownerType, ownerId, cancellationToken));

    public async Task SaveAddedAsync(OwnedFile file, CancellationToken cancellationToken = default)
    {
        try
        {
            await unitOfWork.SaveChangesAsync(cancellationToken);
        }
        catch
        {
            await DeleteContentAsync(file, CancellationToken.None);
            throw;
        }
    }

    public async Task<OwnedFile?> FindAsync(string ownerType, Guid ownerId, Guid fileId, CancellationToken cancellationToken = default) =>
        await records.FindByOwnerAsync(ownerType, ownerId, fileId, cancellationToken) is { } record ? ToOwnedFile(record) : null;

    public async Task RemoveAsync(OwnedFile file, CancellationToken cancellationToken = default) =>
        await records.DeleteAsync(await records.GetAsync(file.Id, cancellationToken), cancellationToken);

    public Task DeleteContentAsync(OwnedFile file, CancellationToken cancellationToken = default) =>
        containers.Get(file.ContainerName).DeleteAsync(file.StorageName, cancellationToken);

    public async Task<BlobDownloadDto> OpenReadAsync(OwnedFile file, CancellationToken cancellationToken = default)
    {
        var content = await containers.Get(file.ContainerName).OpenReadAsync(file.StorageName, cancellationToken)
            ?? throw new EntityNotFoundException(typeof(BlobRecord), file.Id);
        return new BlobDownloadDto(content, file.FileName, file.ContentType, file.Size, file.Sha256);
    }

    private static OwnedFile ToOwnedFile(BlobRecord record) =>
        new(record.Id, record.ContainerName, record.StorageName, record.OriginalFileName, record.ContentType, record.Size, record.Sha256, record.CreationTime, record.CreatorId);
}
