namespace MarketingSaaS.HttpApi.Tests.BackgroundJobs;

/// <param name="UnitName">The org unit the job creates.</param>
/// <param name="FollowUpKey">The key of the counting job it enqueues.</param>
/// <param name="Fail">Throw after both were saved.</param>
public sealed record HalfwayFailingJobArgs(string UnitName, string FollowUpKey, bool Fail);
