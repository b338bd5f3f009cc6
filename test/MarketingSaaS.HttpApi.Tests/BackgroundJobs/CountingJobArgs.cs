namespace MarketingSaaS.HttpApi.Tests.BackgroundJobs;

/// <param name="FailTimes">The first that many runs of the key throw.</param>
public sealed record CountingJobArgs(string Key, int FailTimes = 0);
