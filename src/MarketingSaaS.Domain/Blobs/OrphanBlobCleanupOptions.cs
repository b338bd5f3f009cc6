namespace MarketingSaaS.Blobs;

/// <summary>Configuration section "Blobs:OrphanCleanup".</summary>
public sealed class OrphanBlobCleanupOptions
{
    public const string SectionName = "Blobs:OrphanCleanup";

    /// <summary>
    /// Content younger than this (by the time in its storage name) is never removed, whether or not it has a row: an
    /// upload stores its content a moment before its row, and a spooled upload may still be arriving.
    /// </summary>
    public TimeSpan GracePeriod { get; set; } = TimeSpan.FromDays(1);

    /// <summary>False: no recurring schedule is created (tests); the job can still be enqueued.</summary>
    public bool ScheduleEnabled { get; set; } = true;

    /// <summary>Quartz cron, in the host's time zone (setting <c>Platform.TimeZone</c>): 03:30 every night.</summary>
    public string Cron { get; set; } = "0 30 3 * * ?";
}
