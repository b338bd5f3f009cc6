using MarketingSaaS.Framework.Uow;

namespace MarketingSaaS.Blobs;

/// <summary>Saves the unit of work after a file was stored, and removes the stored content again when saving fails.</summary>
public sealed class BlobUploadSaver(BlobRecordManager blobs, IUnitOfWork unitOfWork)
{
    public async Task SaveAsync(BlobRecord record, CancellationToken cancellationToken)
    {
        try
        {
            await unitOfWork.SaveChangesAsync(cancellationToken);
        }
        catch
        {
            await blobs.DeleteContentAsync(record, CancellationToken.None);
            throw;
        }
    }
}
