using MarketingSaaS.Events.MarketingEvents;
using MarketingSaaS.Events.Settings;
using MarketingSaaS.Framework.Settings;

namespace MarketingSaaS.Events.Reviews;

/// <summary>When an event's review is due: its end plus the company's <see cref="EventsSettings.ReviewDueDays"/>.</summary>
public sealed class EventReviewDeadline(ISettingProvider settings)
{
    public Task<int> GetDueDaysAsync(CancellationToken cancellationToken = default) =>
        settings.GetIntAsync(EventsSettings.ReviewDueDays, EventsSettings.DefaultReviewDueDays, cancellationToken);

    public async Task<DateTimeOffset> GetDueTimeAsync(MarketingEvent marketingEvent, CancellationToken cancellationToken = default) =>
        DueTime(marketingEvent, await GetDueDaysAsync(cancellationToken));

    public static DateTimeOffset DueTime(MarketingEvent marketingEvent, int dueDays) => marketingEvent.EndTime.AddDays(dueDays);
}
