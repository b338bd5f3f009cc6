using MarketingSaaS.Dtos;

namespace MarketingSaaS.BackgroundJobs;

/// <summary>A tenant admin sees the tenant's jobs; the host (no current tenant) sees every job of the shared database.</summary>
public interface IBackgroundJobAppService
{
    Task<PagedResultDto<BackgroundJobDto>> GetListAsync(GetBackgroundJobListInput input, CancellationToken cancellationToken = default);

    Task<BackgroundJobDetailsDto> GetAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>A failed or dead job waits again, due now, with a fresh count of tries.</summary>
    Task<BackgroundJobDetailsDto> RetryAsync(Guid id, CancellationToken cancellationToken = default);

    Task DeleteAsync(Guid id, CancellationToken cancellationToken = default);
}
