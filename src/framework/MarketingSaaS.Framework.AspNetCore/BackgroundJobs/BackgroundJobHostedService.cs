using MarketingSaaS.Framework.BackgroundJobs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MarketingSaaS.Framework.AspNetCore.BackgroundJobs;

/// <summary>
/// Polls the queue while the host runs (<c>BackgroundJobs:WorkerEnabled</c>): a poll that ran jobs is
/// followed at once by the next one, an empty poll waits <c>PollInterval</c>. The first poll waits until the host
/// has started: it builds the EF model, which would otherwise compete with the start for the CPU.
/// </summary>
public sealed class BackgroundJobHostedService(
    IServiceProvider services,
    IOptions<BackgroundJobOptions> options,
    IHostApplicationLifetime lifetime,
    ILogger<BackgroundJobHostedService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var worker = services.GetService<BackgroundJobWorker>();
        if (worker is null || !options.Value.WorkerEnabled)
        {
            return;
        }

        if (!await WaitUntilStartedAsync(stoppingToken))
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            var ran = 0;
            try
            {
                ran = await worker.RunOnceAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                logger.LogError(e, "Background job poll failed");
            }

            if (ran == 0)
            {
                try
                {
                    // Real time on purpose: a test clock must not stall the loop.
                    await Task.Delay(options.Value.PollInterval, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    private async Task<bool> WaitUntilStartedAsync(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        await using (lifetime.ApplicationStarted.Register(() => started.TrySetResult(true)))
        await using (stoppingToken.Register(() => started.TrySetResult(false)))
        {
            return await started.Task;
        }
    }
}
