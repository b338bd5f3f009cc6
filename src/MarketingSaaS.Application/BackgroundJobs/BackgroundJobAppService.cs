using MarketingSaaS.Dtos;
using MarketingSaaS.Framework.BackgroundJobs;
using MarketingSaaS.Framework.Domain.Entities;
using MarketingSaaS.Framework.ExceptionHandling;
using MarketingSaaS.Framework.MultiTenancy;
using MarketingSaaS.Framework.Uow;

namespace MarketingSaaS.BackgroundJobs;

public sealed class BackgroundJobAppService(
    IBackgroundJobRecordRepository jobs,
    ICurrentTenant currentTenant,
    IUnitOfWork unitOfWork,
    BackgroundJobArgumentsAccess arguments,
    TimeProvider clock) : IBackgroundJobAppService
{
    private bool IsHost => currentTenant.Id is null;

    public async Task<PagedResultDto<BackgroundJobDto>> GetListAsync(GetBackgroundJobListInput input, CancellationToken cancellationToken = default)
    {
        var total = await jobs.GetCountAsync(currentTenant.Id, IsHost, input.State, cancellationToken);
        var page = await jobs.GetPagedListAsync(currentTenant.Id, IsHost, input.State, input.SkipCount, input.MaxResultCount, cancellationToken);
        return new PagedResultDto<BackgroundJobDto>(total, [.. page.Select(ToDto)]);
    }

    public async Task<BackgroundJobDetailsDto> GetAsync(Guid id, CancellationToken cancellationToken = default) =>
        await ToDetailsDtoAsync(await GetVisibleAsync(id, cancellationToken), cancellationToken);

    public async Task<BackgroundJobDetailsDto> RetryAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var job = await GetVisibleAsync(id, cancellationToken);
        if (job.State is not (BackgroundJobState.Failed or BackgroundJobState.Dead))
        {
            throw new BusinessException(BackgroundJobErrorCodes.OnlyFailedOrDeadCanBeRetried).With("state", job.State.ToString());
        }

        job.Revive(clock.GetUtcNow());
        await jobs.UpdateAsync(job, cancellationToken: cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return await ToDetailsDtoAsync(job, cancellationToken);
    }

    public async Task DeleteAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var job = await GetVisibleAsync(id, cancellationToken);
        if (job.State == BackgroundJobState.Running && job.LeaseExpiresAt > clock.GetUtcNow())
        {
            throw new BusinessException(BackgroundJobErrorCodes.RunningJobCannotBeDeleted, statusCode: 409);
        }

        await jobs.DeleteAsync(job, cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Another tenant's job answers 404, as if it did not exist.</summary>
    private async Task<BackgroundJobRecord> GetVisibleAsync(Guid id, CancellationToken cancellationToken)
    {
        var job = await jobs.FindAsync(id, cancellationToken);
        return job is not null && (IsHost || job.TenantId == currentTenant.Id)
            ? job
            : throw new EntityNotFoundException(typeof(BackgroundJobRecord), id);
    }

    private static BackgroundJobDto ToDto(BackgroundJobRecord j) => new(
        j.Id, j.TenantId, j.JobName, j.State, j.TryCount, j.NextTryTime, j.LastTryTime, j.CreationTime, j.FinishedTime, j.IdempotencyKey);

    private async Task<BackgroundJobDetailsDto> ToDetailsDtoAsync(BackgroundJobRecord j, CancellationToken cancellationToken)
    {
        var texts = await arguments.ReadAsync(j, cancellationToken);
        return new(
            j.Id, j.TenantId, j.JobName, j.State, j.TryCount, j.NextTryTime, j.LastTryTime, j.CreationTime, j.FinishedTime, j.IdempotencyKey,
            texts.ArgsJson, texts.LastError, j.LeaseExpiresAt);
    }
}
