using MarketingSaaS.Framework.BackgroundJobs;

namespace MarketingSaaS.HttpApi.Tests.BackgroundJobs;

public sealed class CountingJob(TestJobRecorder recorder) : IBackgroundJob<CountingJobArgs>
{
    public Task ExecuteAsync(CountingJobArgs args, CancellationToken cancellationToken)
    {
        var run = recorder.Runs.AddOrUpdate(args.Key, 1, (_, n) => n + 1);
        return run <= args.FailTimes
            ? throw new InvalidOperationException($"Planned failure {run} of {args.FailTimes} for {args.Key}")
            : Task.CompletedTask;
    }
}
