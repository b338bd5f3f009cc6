using MarketingSaaS.Framework.BackgroundJobs;

namespace MarketingSaaS.HttpApi.Tests.BackgroundJobs;

/// <summary>Runs until the test opens its gate (or its token is cancelled), so a test can hold a job in the Running state.</summary>
public sealed class BlockingJob(TestJobRecorder recorder) : IBackgroundJob<BlockingJobArgs>
{
    public async Task ExecuteAsync(BlockingJobArgs args, CancellationToken cancellationToken)
    {
        recorder.Runs.AddOrUpdate(args.Key, 1, (_, n) => n + 1);
        var gate = recorder.GateOf(args.Key);
        gate.Started.TrySetResult();
        try
        {
            await gate.Release.Task.WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            gate.Cancelled.TrySetResult();
            throw;
        }
    }
}
