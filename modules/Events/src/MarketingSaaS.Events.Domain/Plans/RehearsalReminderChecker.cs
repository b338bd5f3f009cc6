using System.Globalization;
using MarketingSaaS.Approvals;
using MarketingSaaS.Events.Settings;
using MarketingSaaS.Framework.BackgroundJobs;
using MarketingSaaS.Framework.Domain.Entities;
using MarketingSaaS.Framework.MultiTenancy;
using MarketingSaaS.Framework.Settings;
using MarketingSaaS.Notifications;

namespace MarketingSaaS.Events.Plans;

/// <summary>
/// Reminds of a rehearsal the company's <see cref="EventsSettings.RehearsalReminderDays"/> company-calendar days before each key
/// date (key milestones and the event's start) of events pending approval, approved or running: the event's owner
/// (its creator) and the Responsibles of its tasks (a position's holders). The reminder row records the instant
/// reminded of, so a second run sends nothing and a moved key date is reminded again.
/// </summary>
public sealed class RehearsalReminderChecker(
    IEventRehearsalReminderRepository reminders,
    IEventTaskRepository tasks,
    IOrgChartSnapshotReader orgChart,
    INotificationPublisher publisher,
    ScheduleTimeZoneResolver timeZones,
    ICurrentTenant currentTenant,
    ISettingProvider settings,
    TimeProvider clock)
{
    public async Task CheckAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var zone = await timeZones.ResolveAsync(currentTenant.Id, null, cancellationToken);
        var today = LocalDate(now, zone).DayNumber;
        var days = await settings.GetIntAsync(EventsSettings.RehearsalReminderDays, EventsSettings.DefaultRehearsalReminderDays, cancellationToken);
        var due = (await reminders.GetKeyDatesAsync(now, now.AddDays(days + 1), cancellationToken))
            .Where(k => LocalDate(k.Date, zone).DayNumber - today <= days)
            .ToList();
        if (due.Count == 0)
        {
            return;
        }

        var sent = await reminders.GetBySubjectsAsync([.. due.Select(k => k.SubjectId)], cancellationToken);
        var pending = due.Where(k => !(sent.GetValueOrDefault(k.SubjectId)?.WasSentFor(k.Date) ?? false)).ToList();
        if (pending.Count == 0)
        {
            return;
        }

        var responsibles = (await tasks.GetResponsiblesAsync([.. pending.Select(k => k.Event.Id).Distinct()], cancellationToken)).ToLookup(r => r.MarketingEventId);
        OrgChartSnapshot? chart = null;
        foreach (var keyDate in pending)
        {
            var recipients = new HashSet<Guid>();
            if (keyDate.Event.CreatorId is { } owner)
            {
                recipients.Add(owner);
            }

            foreach (var party in responsibles[keyDate.Event.Id])
            {
                if (party.Kind == RaciPartyKind.User)
                {
                    recipients.Add(party.PartyId);
                }
                else
                {
                    chart ??= await orgChart.ReadAsync(cancellationToken);
                    recipients.UnionWith(chart.Position(party.PartyId)?.HolderUserIds ?? []);
                }
            }

            await PublishAsync(keyDate, recipients, zone, days, cancellationToken);
            var reminder = sent.GetValueOrDefault(keyDate.SubjectId);
            if (reminder is null)
            {
                reminder = new EventRehearsalReminder(SequentialGuid.Create(), keyDate.Event.Id, keyDate.SubjectId);
                await reminders.InsertAsync(reminder, cancellationToken);
            }

            reminder.MarkSent(keyDate.Date, now);
        }
    }

    private static DateOnly LocalDate(DateTimeOffset instant, TimeZoneInfo zone) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);

    private async Task PublishAsync(RehearsalKeyDate keyDate, IReadOnlyCollection<Guid> userIds, TimeZoneInfo zone, int days, CancellationToken cancellationToken)
    {
        if (userIds.Count == 0)
        {
            return;
        }

        await publisher.PublishAsync(new NotificationRequest(
            userIds,
            NotificationKind.Reminder,
            keyDate.IsEventStart ? EventPlanTextKeys.StartRehearsalTitle : EventPlanTextKeys.RehearsalTitle,
            keyDate.IsEventStart ? EventPlanTextKeys.StartRehearsalBody : EventPlanTextKeys.RehearsalBody,
            new Dictionary<string, string>
            {
                ["event"] = keyDate.Event.Name,
                ["milestone"] = keyDate.Name,
                ["date"] = TimeZoneInfo.ConvertTime(keyDate.Date, zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
                ["days"] = days.ToString(CultureInfo.InvariantCulture),
            },
            "/events/" + keyDate.Event.Id), cancellationToken);
    }
}
