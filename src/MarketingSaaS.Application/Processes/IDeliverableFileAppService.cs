using MarketingSaaS.Blobs;

namespace MarketingSaaS.Processes;

/// <summary>Files of a deliverable of a step of a running process.</summary>
public interface IDeliverableFileAppService
{
    Task<BlobFileDto> UploadAsync(Guid id, Guid stepId, Guid deliverableId, Stream content, string? fileName, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<BlobFileDto>> GetListAsync(Guid id, Guid stepId, Guid deliverableId, CancellationToken cancellationToken = default);

    Task<BlobDownloadDto> DownloadAsync(Guid id, Guid stepId, Guid deliverableId, Guid fileId, CancellationToken cancellationToken = default);

    Task DeleteAsync(Guid id, Guid stepId, Guid deliverableId, Guid fileId, CancellationToken cancellationToken = default);
}
