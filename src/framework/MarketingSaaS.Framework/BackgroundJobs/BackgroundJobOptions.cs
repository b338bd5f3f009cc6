namespace MarketingSaaS.Framework.BackgroundJobs;

/// <summary>Configuration section "BackgroundJobs".</summary>
public sealed class BackgroundJobOptions
{
    public const string SectionName = "BackgroundJobs";

    /// <summary>Whether this process runs the worker; the queue accepts jobs either way.</summary>
    public bool WorkerEnabled { get; set; } = true;

    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Jobs one poll claims (and then runs one after another).</summary>
    public int BatchSize { get; set; } = 20;

    /// <summary>
    /// How long a claim holds without renewal; a job whose process died is claimed again after it. A running job's
    /// worker renews it every <see cref="LeaseRenewInterval"/>, so jobs may run longer than this.
    /// </summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How often (real time) a running job's lease is extended to now + <see cref="LeaseDuration"/>; null: a third of it.</summary>
    public TimeSpan? LeaseRenewInterval { get; set; }

    public TimeSpan EffectiveLeaseRenewInterval => LeaseRenewInterval ?? LeaseDuration / 3;

    /// <summary>Tries in all, the first one included; then the job is dead.</summary>
    public int MaxTries { get; set; } = 8;

    /// <summary>Delay after the first failure; doubles with each further one.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(10);

    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>The random share added to each delay: 0.2 = up to +20 %.</summary>
    public double RetryJitter { get; set; } = 0.2;

    /// <summary>The tenant setting naming a schedule's time zone when the schedule names none.</summary>
    public string TimeZoneSettingName { get; set; } = "Platform.TimeZone";

    /// <summary>Used when the setting is missing or unknown.</summary>
    public string DefaultTimeZoneId { get; set; } = "UTC";
}
