using MarketingSaaS.Framework.BackgroundJobs;

namespace MarketingSaaS.Events.Plans;

/// <summary>The current tenant's daily schedule of <see cref="RehearsalReminderJob"/>; made (idempotently) when an event is approved or gets a key milestone.</summary>
public sealed class RehearsalReminderSchedule(IRecurringJobManager recurringJobs)
{
    public const string ScheduleName = "events-rehearsal-reminder";

    /// <summary>At 09:00 every day, in the company's time zone.</summary>
    public const string Cron = "0 0 9 * * ?";

    public Task EnsureAsync(CancellationToken cancellationToken = default) =>
        recurringJobs.AddOrUpdateAsync(ScheduleName, Cron, new RehearsalReminderArgs(), cancellationToken: cancellationToken);
}
