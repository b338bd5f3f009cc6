using MarketingSaaS.Approvals;
using MarketingSaaS.Events.MarketingEvents;
using MarketingSaaS.Events.Plans;
using MarketingSaaS.Framework.BackgroundJobs;
using MarketingSaaS.Framework.Domain.Entities;
using MarketingSaaS.Framework.MultiTenancy;
using MarketingSaaS.Identity;

namespace MarketingSaaS.Events.EventTemplates;

/// <summary>
/// Makes an event's plan relative to its start (for a template) and lays a template's plan out again for a new event.
/// Task dates are company-calendar dates, so they move by whole days from the start date in the company's time zone;
/// milestones are instants, so they keep their exact distance to the start. RACI parties that no longer exist are
/// dropped; risks get the given owner and start Open.
/// </summary>
public sealed class EventTemplatePlanCopier(
    ScheduleTimeZoneResolver timeZones,
    ICurrentTenant currentTenant,
    IUserLookup users,
    IOrgChartSnapshotReader orgChart,
    RehearsalReminderSchedule rehearsalSchedule)
{
    public async Task<EventTemplatePlanDraft> ToTemplateAsync(
        MarketingEvent source, IEnumerable<EventTask> tasks, IEnumerable<EventMilestone> milestones, IEnumerable<EventRisk> risks, CancellationToken cancellationToken = default)
    {
        var zone = await timeZones.ResolveAsync(currentTenant.Id, null, cancellationToken);
        var startDay = LocalDay(source.StartTime, zone);
        return new EventTemplatePlanDraft(
            [.. tasks.Select(t => new EventTemplateTaskDraft(t.Name, t.StartDate.DayNumber - startDay, t.EndDate.DayNumber - startDay, [.. t.Raci.OrderBy(r => r.Role).Select(r => new RaciAssignmentDraft(r.Role, r.Kind, r.PartyId))]))],
            [.. milestones.Select(m => new EventTemplateMilestoneDraft(m.Name, m.Date - source.StartTime, LocalDay(m.Date, zone) - startDay, m.IsKeyDate))],
            [.. risks.Select(r => new EventTemplateRiskDraft(r.Description, r.Likelihood, r.Impact, r.ContingencyPlan))]);
    }

    public async Task<EventPlanFromTemplate> ToEventAsync(EventTemplate template, MarketingEvent marketingEvent, Guid riskOwnerUserId, CancellationToken cancellationToken = default)
    {
        var zone = await timeZones.ResolveAsync(currentTenant.Id, null, cancellationToken);
        var startDay = LocalDay(marketingEvent.StartTime, zone);
        var exists = await ExistingPartiesAsync(template, cancellationToken);
        var tasks = template.Tasks.Select(t => new EventTask(SequentialGuid.Create(), marketingEvent.Id, new EventTaskDraft(
            t.Name,
            DateOnly.FromDayNumber(startDay + t.StartDayOffset),
            DateOnly.FromDayNumber(startDay + t.EndDayOffset),
            [.. t.Raci.Select(r => r.ToDraft()).Where(exists)])));
        var milestones = template.Milestones.Select(m => new EventMilestone(SequentialGuid.Create(), marketingEvent.Id, m.Name, marketingEvent.StartTime + m.OffsetFromStart, m.IsKeyDate));
        var risks = template.Risks.Select(r => new EventRisk(SequentialGuid.Create(), marketingEvent.Id, new EventRiskDraft(
            r.Description, r.Likelihood, r.Impact, r.ContingencyPlan, riskOwnerUserId, EventRiskStatus.Open)));
        if (template.Milestones.Any(m => m.IsKeyDate))
        {
            await rehearsalSchedule.EnsureAsync(cancellationToken);
        }

        return new EventPlanFromTemplate([.. tasks], [.. milestones], [.. risks]);
    }

    private async Task<Func<RaciAssignmentDraft, bool>> ExistingPartiesAsync(EventTemplate template, CancellationToken cancellationToken)
    {
        var entries = template.Tasks.SelectMany(t => t.Raci).ToList();
        var existingUsers = await users.FindExistingAsync(entries.Where(e => e.Kind == RaciPartyKind.User).Select(e => e.PartyId).Distinct(), cancellationToken);
        var chart = entries.Any(e => e.Kind == RaciPartyKind.Position) ? await orgChart.ReadAsync(cancellationToken) : null;
        return r => r.Kind == RaciPartyKind.User ? existingUsers.Contains(r.PartyId) : chart?.Position(r.PartyId) is not null;
    }

    private static int LocalDay(DateTimeOffset instant, TimeZoneInfo zone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime).DayNumber;
}
