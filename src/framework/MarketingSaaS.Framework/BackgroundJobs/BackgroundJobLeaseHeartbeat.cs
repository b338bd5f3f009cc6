using MarketingSaaS.Framework.MultiTenancy;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MarketingSaaS.Framework.BackgroundJobs;

/// <summary>
/// Keeps a running job's lease while the job runs in this process: every <see cref="BackgroundJobOptions.EffectiveLeaseRenewInterval"/>
/// (real time, like the idle wait between polls) it moves the expiry to now + <see cref="BackgroundJobOptions.LeaseDuration"/>
/// (injected clock). Disposing stops it, so the lease of a finished job is never touched again and the lease of a
/// killed process simply runs out. A renewal that finds the lease gone (another process took the job over after the
/// lease expired, e.g. while the database was unreachable, or an admin deleted the job) cancels the job's token.
/// </summary>
internal sealed class BackgroundJobLeaseHeartbeat : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly IServiceScopeFactory _scopeFactory;
    private readonly ICurrentTenant _currentTenant;
    private readonly TimeProvider _clock;
    private readonly BackgroundJobOptions _options;
    private readonly ILogger _logger;
    private readonly BackgroundJobRecord _job;
    private readonly string _owner;
    private readonly Guid? _databaseTenant;
    private readonly CancellationTokenSource _jobRun;
    private readonly Task _loop;

    private BackgroundJobLeaseHeartbeat(
        IServiceScopeFactory scopeFactory, ICurrentTenant currentTenant, TimeProvider clock, BackgroundJobOptions options, ILogger logger,
        BackgroundJobRecord job, string owner, Guid? databaseTenant, CancellationTokenSource jobRun)
    {
        _scopeFactory = scopeFactory;
        _currentTenant = currentTenant;
        _clock = clock;
        _options = options;
        _logger = logger;
        _job = job;
        _owner = owner;
        _databaseTenant = databaseTenant;
        _jobRun = jobRun;
        _loop = Task.Run(LoopAsync);
    }

    /// <summary>True once a renewal found that this process no longer holds the lease (the job's token is then cancelled).</summary>
    public bool LeaseLost { get; private set; }

    /// <param name="databaseTenant">The database the job was claimed from (null: the shared one).</param>
    /// <param name="jobRun">Cancelled when the lease is lost.</param>
    public static BackgroundJobLeaseHeartbeat Start(
        IServiceScopeFactory scopeFactory, ICurrentTenant currentTenant, TimeProvider clock, BackgroundJobOptions options, ILogger logger,
        BackgroundJobRecord job, string owner, Guid? databaseTenant, CancellationTokenSource jobRun) =>
        new(scopeFactory, currentTenant, clock, options, logger, job, owner, databaseTenant, jobRun);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _loop;
        _stop.Dispose();
    }

    private async Task LoopAsync()
    {
        var interval = _options.EffectiveLeaseRenewInterval;
        while (true)
        {
            try
            {
                await Task.Delay(interval, _stop.Token);
                if (await RenewAsync())
                {
                    continue;
                }
            }
            catch (OperationCanceledException) when (_stop.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // Try again at the next beat: the lease is only lost once another process actually took the job.
                _logger.LogWarning(e, "Could not renew the lease of background job {JobId} ({JobName})", _job.Id, _job.JobName);
                continue;
            }

            LeaseLost = true;
            _logger.LogWarning("Background job {JobId} ({JobName}) lost its lease while running; its run in this process is cancelled", _job.Id, _job.JobName);
            await _jobRun.CancelAsync();
            return;
        }
    }

    private async Task<bool> RenewAsync()
    {
        await using var scope = _scopeFactory.CreateAsyncScope();
        using (_currentTenant.Change(_databaseTenant))
        {
            var expiresAt = _clock.GetUtcNow() + _options.LeaseDuration;
            return await scope.ServiceProvider.GetRequiredService<IBackgroundJobStore>().RenewLeaseAsync(_job.Id, _owner, expiresAt, _stop.Token);
        }
    }
}
