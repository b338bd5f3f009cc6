using MarketingSaaS.Framework.BackgroundJobs;

namespace MarketingSaaS.HttpApi.Tests.BackgroundJobs;

/// <param name="FailTimes">The first that many runs of the key throw.</param>
public sealed record CountingJobArgs(string Key, int FailTimes = 0);

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
