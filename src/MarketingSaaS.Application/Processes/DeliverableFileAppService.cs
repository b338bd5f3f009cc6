using MarketingSaaS.Blobs;
using MarketingSaaS.Framework.Domain.Entities;
using MarketingSaaS.Framework.Uow;
using MarketingSaaS.Framework.Users;

namespace MarketingSaaS.Processes;

/// <summary>Assignees of an open step add and remove files (as for providing a note or link); anyone who may run processes reads them.</summary>
public sealed class DeliverableFileAppService(
    IProcessInstanceRepository instances,
    IBlobRecordRepository records,
    BlobRecordManager blobs,
    BlobUploadSaver saver,
    ICurrentUser currentUser,
    TimeProvider clock,
    IUnitOfWork unitOfWork) : IDeliverableFileAppService
{
    private Guid UserId => currentUser.Id!.Value;

    public async Task<BlobFileDto> UploadAsync(Guid id, Guid stepId, Guid deliverableId, Stream content, string? fileName, CancellationToken cancellationToken = default)
    {
        var instance = await GetInstanceAsync(id, cancellationToken);
        instance.GetDeliverableForChange(stepId, deliverableId, UserId);
        var record = await blobs.StoreAsync<DeliverableFilesContainer>(content, fileName, BlobOwnerTypes.ProcessDeliverable, deliverableId, cancellationToken);
        instance.AttachDeliverableFile(stepId, deliverableId, record.Id, UserId, clock.GetUtcNow());
        await saver.SaveAsync(record, cancellationToken);
        return BlobFileMapper.ToDto(record);
    }

    public async Task<IReadOnlyList<BlobFileDto>> GetListAsync(Guid id, Guid stepId, Guid deliverableId, CancellationToken cancellationToken = default)
    {
        (await GetInstanceAsync(id, cancellationToken)).GetDeliverable(stepId, deliverableId);
        return [.. (await records.GetListByOwnerAsync(BlobOwnerTypes.ProcessDeliverable, deliverableId, cancellationToken)).Select(BlobFileMapper.ToDto)];
    }

    public async Task<BlobDownloadDto> DownloadAsync(Guid id, Guid stepId, Guid deliverableId, Guid fileId, CancellationToken cancellationToken = default)
    {
        (await GetInstanceAsync(id, cancellationToken)).GetDeliverable(stepId, deliverableId);
        var record = await GetRecordAsync(deliverableId, fileId, cancellationToken);
        return BlobFileMapper.ToDownload(record, await blobs.OpenReadAsync(record, cancellationToken));
    }

    public async Task DeleteAsync(Guid id, Guid stepId, Guid deliverableId, Guid fileId, CancellationToken cancellationToken = default)
    {
        var instance = await GetInstanceAsync(id, cancellationToken);
        instance.GetDeliverableForChange(stepId, deliverableId, UserId);
        var record = await GetRecordAsync(deliverableId, fileId, cancellationToken);
        var remaining = (await records.GetListByOwnerAsync(BlobOwnerTypes.ProcessDeliverable, deliverableId, cancellationToken)).Where(r => r.Id != fileId).ToList();
        instance.DetachDeliverableFile(stepId, deliverableId, remaining.LastOrDefault()?.Id, UserId);
        await records.DeleteAsync(record, cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        await blobs.DeleteContentAsync(record, cancellationToken);
    }

    private async Task<ProcessInstance> GetInstanceAsync(Guid id, CancellationToken cancellationToken) =>
        await instances.FindWithStepsAsync(id, cancellationToken) ?? throw new EntityNotFoundException(typeof(ProcessInstance), id);

    private async Task<BlobRecord> GetRecordAsync(Guid deliverableId, Guid fileId, CancellationToken cancellationToken) =>
        await records.FindByOwnerAsync(BlobOwnerTypes.ProcessDeliverable, deliverableId, fileId, cancellationToken)
        ?? throw new EntityNotFoundException(typeof(BlobRecord), fileId);
}
