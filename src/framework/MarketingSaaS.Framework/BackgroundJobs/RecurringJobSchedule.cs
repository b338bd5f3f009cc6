using MarketingSaaS.Framework.Domain.Entities;

namespace MarketingSaaS.Framework.BackgroundJobs;

/// <summary>
/// A cron schedule that enqueues one job per tick. <see cref="NextRunTime"/> is the claim: a worker
/// moves it to the following tick with a conditional update, so only one process enqueues each tick.
/// </summary>
public sealed class RecurringJobSchedule : Entity<Guid>
{
    private RecurringJobSchedule()
    {
        Name = null!;
        JobName = null!;
        ArgsJson = null!;
        CronExpression = null!;
    }

    public RecurringJobSchedule(Guid id, Guid? tenantId, string name, string jobName, string argsJson, string cronExpression, string? timeZoneId, DateTimeOffset nextRunTime)
        : base(id)
    {
        TenantId = tenantId;
        Scope = BackgroundJobRecord.ScopeOf(tenantId);
        Name = name;
        JobName = jobName;
        ArgsJson = argsJson;
        CronExpression = cronExpression;
        TimeZoneId = timeZoneId;
        NextRunTime = nextRunTime;
    }

    public Guid? TenantId { get; private set; }

    /// <summary>Tenant id or <see cref="Guid.Empty"/> for the host; the name is unique per scope.</summary>
    public Guid Scope { get; private set; }

    public string Name { get; private set; }

    public string JobName { get; private set; }

    public string ArgsJson { get; private set; }

    /// <summary>Quartz syntax with seconds, e.g. "0 0 2 * * ?" for 02:00 every day.</summary>
    public string CronExpression { get; private set; }

    /// <summary>Null: the tenant's time zone setting at each tick.</summary>
    public string? TimeZoneId { get; private set; }

    public DateTimeOffset NextRunTime { get; private set; }

    public void Change(string jobName, string argsJson, string cronExpression, string? timeZoneId, DateTimeOffset nextRunTime)
    {
        JobName = jobName;
        ArgsJson = argsJson;
        CronExpression = cronExpression;
        TimeZoneId = timeZoneId;
        NextRunTime = nextRunTime;
    }
}
