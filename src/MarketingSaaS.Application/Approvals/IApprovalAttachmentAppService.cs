using MarketingSaaS.Blobs;

namespace MarketingSaaS.Approvals;

/// <summary>Documents attached to an approval request, visible to its requester and approvers.</summary>
public interface IApprovalAttachmentAppService
{
    Task<BlobFileDto> UploadAsync(Guid requestId, Stream content, string? fileName, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<BlobFileDto>> GetListAsync(Guid requestId, CancellationToken cancellationToken = default);

    Task<BlobDownloadDto> DownloadAsync(Guid requestId, Guid fileId, CancellationToken cancellationToken = default);

    Task DeleteAsync(Guid requestId, Guid fileId, CancellationToken cancellationToken = default);
}
