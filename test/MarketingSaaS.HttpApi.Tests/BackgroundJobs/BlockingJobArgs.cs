namespace MarketingSaaS.HttpApi.Tests.BackgroundJobs;

/// <param name="Key">Names the run in <see cref="TestJobRecorder"/>, whose gate for this key releases the job.</param>
public sealed record BlockingJobArgs(string Key);
