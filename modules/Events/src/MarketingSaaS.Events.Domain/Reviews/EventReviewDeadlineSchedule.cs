using MarketingSaaS.Framework.BackgroundJobs;

namespace MarketingSaaS.Events.Reviews;

/// <summary>The current tenant's daily schedule of <see cref="EventReviewDeadlineJob"/>; made (idempotently) when one of its events is approved.</summary>
public sealed class EventReviewDeadlineSchedule(IRecurringJobManager recurringJobs)
{
    public const string ScheduleName = "events-review-deadline";

    /// <summary>At 09:00 every day, in the company's time zone.</summary>
    public const string Cron = "0 0 9 * * ?";

    public Task EnsureAsync(CancellationToken cancellationToken = default) =>
        recurringJobs.AddOrUpdateAsync(ScheduleName, Cron, new EventReviewDeadlineArgs(), cancellationToken: cancellationToken);
}
