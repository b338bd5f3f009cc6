namespace MarketingSaaS.Framework.BackgroundJobs;

public enum BackgroundJobState
{
    Waiting,
    Running,
    Succeeded,

    /// <summary>The last try failed; the job waits for its next try.</summary>
    Failed,

    /// <summary>Out of tries: runs again only when an admin retries it.</summary>
    Dead,
}
