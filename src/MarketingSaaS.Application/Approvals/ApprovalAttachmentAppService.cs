using MarketingSaaS.Blobs;
using MarketingSaaS.Framework.Domain.Entities;
using MarketingSaaS.Framework.ExceptionHandling;
using MarketingSaaS.Framework.Uow;
using MarketingSaaS.Framework.Users;

namespace MarketingSaaS.Approvals;

/// <summary>
/// Whoever sees a request (requester, route approvers, deciders) lists and downloads its attachments and may add
/// some while it is pending or returned; only the uploader deletes one, under the same condition.
/// </summary>
public sealed class ApprovalAttachmentAppService(
    ApprovalRequestVisibility visibility,
    IBlobRecordRepository records,
    BlobRecordManager blobs,
    BlobUploadSaver saver,
    ICurrentUser currentUser,
    IUnitOfWork unitOfWork) : IApprovalAttachmentAppService
{
    private Guid UserId => currentUser.Id!.Value;

    public async Task<BlobFileDto> UploadAsync(Guid requestId, Stream content, string? fileName, CancellationToken cancellationToken = default)
    {
        EnsureOpen(await visibility.GetVisibleAsync(requestId, UserId, cancellationToken));
        var record = await blobs.StoreAsync<ApprovalAttachmentsContainer>(content, fileName, BlobOwnerTypes.ApprovalRequest, requestId, cancellationToken);
        await saver.SaveAsync(record, cancellationToken);
        return BlobFileMapper.ToDto(record);
    }

    public async Task<IReadOnlyList<BlobFileDto>> GetListAsync(Guid requestId, CancellationToken cancellationToken = default)
    {
        await visibility.GetVisibleAsync(requestId, UserId, cancellationToken);
        return [.. (await records.GetListByOwnerAsync(BlobOwnerTypes.ApprovalRequest, requestId, cancellationToken)).Select(BlobFileMapper.ToDto)];
    }

    public async Task<BlobDownloadDto> DownloadAsync(Guid requestId, Guid fileId, CancellationToken cancellationToken = default)
    {
        await visibility.GetVisibleAsync(requestId, UserId, cancellationToken);
        var record = await GetRecordAsync(requestId, fileId, cancellationToken);
        return BlobFileMapper.ToDownload(record, await blobs.OpenReadAsync(record, cancellationToken));
    }

    public async Task DeleteAsync(Guid requestId, Guid fileId, CancellationToken cancellationToken = default)
    {
        var request = await visibility.GetVisibleAsync(requestId, UserId, cancellationToken);
        var record = await GetRecordAsync(requestId, fileId, cancellationToken);
        if (record.CreatorId != UserId)
        {
            throw new BusinessException(BlobErrorCodes.NotFileUploader, new Dictionary<string, object?> { ["file"] = record.OriginalFileName }, 403);
        }

        EnsureOpen(request);
        await records.DeleteAsync(record, cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        await blobs.DeleteContentAsync(record, cancellationToken);
    }

    private static void EnsureOpen(ApprovalRequest request)
    {
        if (request.Status is not (ApprovalRequestStatus.Pending or ApprovalRequestStatus.Returned))
        {
            throw new BusinessException(BlobErrorCodes.ApprovalRequestClosed, new Dictionary<string, object?> { ["status"] = request.Status.ToString() });
        }
    }

    private async Task<BlobRecord> GetRecordAsync(Guid requestId, Guid fileId, CancellationToken cancellationToken) =>
        await records.FindByOwnerAsync(BlobOwnerTypes.ApprovalRequest, requestId, fileId, cancellationToken)
        ?? throw new EntityNotFoundException(typeof(BlobRecord), fileId);
}
