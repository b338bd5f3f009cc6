using Quartz;

namespace MarketingSaaS.Framework.BackgroundJobs;

/// <summary>Quartz cron expressions (seconds first, e.g. "0 0 2 * * ?") evaluated in a time zone.</summary>
public static class CronSchedule
{
    public static bool IsValid(string expression) => CronExpression.IsValidExpression(expression);

    /// <summary>The first tick strictly after <paramref name="after"/>, in UTC.</summary>
    public static DateTimeOffset NextAfter(string expression, TimeZoneInfo timeZone, DateTimeOffset after)
    {
        var cron = new CronExpression(expression) { TimeZone = timeZone };
        return (cron.GetNextValidTimeAfter(after) ?? throw new InvalidOperationException($"The cron expression '{expression}' has no future tick."))
            .ToUniversalTime();
    }
}
