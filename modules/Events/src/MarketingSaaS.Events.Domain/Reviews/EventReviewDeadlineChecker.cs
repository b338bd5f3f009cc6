using System.Globalization;
using MarketingSaaS.Approvals;
using MarketingSaaS.Events.MarketingEvents;
using MarketingSaaS.Framework.Domain.Entities;
using MarketingSaaS.Notifications;

namespace MarketingSaaS.Events.Reviews;

/// <summary>
/// For every ended event without a review: reminds its creator (the owner) from <see cref="EventReviewConsts.ReminderHoursBeforeDue"/>
/// hours before the due time (end plus the company's review due days; with 2 days or less, as soon as the event has ended), and once the due time has passed tells the head of the event's owner unit. The
/// follow-up row records each, so a second run (or a retry) sends nothing more.
/// </summary>
public sealed class EventReviewDeadlineChecker(
    IEventReviewFollowUpRepository followUps,
    IOrgChartSnapshotReader orgChart,
    INotificationPublisher publisher,
    EventReviewDeadline deadline,
    TimeProvider clock)
{
    public async Task CheckAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var dueDays = await deadline.GetDueDaysAsync(cancellationToken);
        var remindFrom = TimeSpan.FromDays(dueDays) - TimeSpan.FromHours(EventReviewConsts.ReminderHoursBeforeDue);
        remindFrom = remindFrom < TimeSpan.Zero ? TimeSpan.Zero : remindFrom;
        OrgChartSnapshot? chart = null;
        foreach (var (marketingEvent, existing) in await followUps.GetUnreviewedEventsAsync(now - remindFrom, cancellationToken))
        {
            var followUp = existing ?? new EventReviewFollowUp(SequentialGuid.Create(), marketingEvent.Id);
            if (existing is null)
            {
                await followUps.InsertAsync(followUp, cancellationToken);
            }

            var due = EventReviewDeadline.DueTime(marketingEvent, dueDays);
            if (followUp.RemindedAt is null)
            {
                Guid[] owners = marketingEvent.CreatorId is { } owner ? [owner] : [];
                await PublishAsync(marketingEvent, due, owners, EventReviewTextKeys.ReminderTitle, EventReviewTextKeys.ReminderBody, cancellationToken);
                followUp.MarkReminded(now);
            }

            if (followUp.EscalatedAt is null && now > due)
            {
                chart ??= await orgChart.ReadAsync(cancellationToken);
                var heads = chart.HeadOf(chart.Unit(marketingEvent.OwnerUnitId)).Select(h => h.UserId).Distinct().ToList();
                await PublishAsync(marketingEvent, due, heads, EventReviewTextKeys.EscalationTitle, EventReviewTextKeys.EscalationBody, cancellationToken);
                followUp.MarkEscalated(now);
            }
        }
    }

    private async Task PublishAsync(MarketingEvent marketingEvent, DateTimeOffset due, IReadOnlyCollection<Guid> userIds, string title, string body, CancellationToken cancellationToken)
    {
        if (userIds.Count == 0)
        {
            return;
        }

        await publisher.PublishAsync(new NotificationRequest(
            userIds,
            NotificationKind.Reminder,
            title,
            body,
            new Dictionary<string, string>
            {
                ["event"] = marketingEvent.Name,
                ["due"] = due.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture),
            },
            "/events/" + marketingEvent.Id), cancellationToken);
    }
}
