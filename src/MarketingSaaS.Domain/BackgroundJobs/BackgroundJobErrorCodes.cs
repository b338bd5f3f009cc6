namespace MarketingSaaS.BackgroundJobs;

/// <summary>Error codes of the background-job admin API; also the localization keys of their messages.</summary>
public static class BackgroundJobErrorCodes
{
    public const string OnlyFailedOrDeadCanBeRetried = "BackgroundJobs:OnlyFailedOrDeadCanBeRetried";
    public const string RunningJobCannotBeDeleted = "BackgroundJobs:RunningJobCannotBeDeleted";
}
