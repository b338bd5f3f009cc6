using MarketingSaaS.Events.MarketingEvents;
using MarketingSaaS.Framework.Domain.Entities;

namespace MarketingSaaS.Events.Plans;

/// <summary>Adds and changes milestones while the plan is open; a key date makes sure the rehearsal reminder schedule exists.</summary>
public sealed class EventMilestoneManager(RehearsalReminderSchedule schedule)
{
    public async Task<EventMilestone> CreateAsync(MarketingEvent marketingEvent, string name, DateTimeOffset date, bool isKeyDate, CancellationToken cancellationToken = default)
    {
        EventPlanRules.EnsurePlanOpen(marketingEvent);
        await EnsureScheduleAsync(isKeyDate, cancellationToken);
        return new EventMilestone(SequentialGuid.Create(), marketingEvent.Id, name, date, isKeyDate);
    }

    public async Task UpdateAsync(MarketingEvent marketingEvent, EventMilestone milestone, string name, DateTimeOffset date, bool isKeyDate, CancellationToken cancellationToken = default)
    {
        EventPlanRules.EnsurePlanOpen(marketingEvent);
        await EnsureScheduleAsync(isKeyDate, cancellationToken);
        milestone.Change(name, date, isKeyDate);
    }

    public static void EnsureDeletable(MarketingEvent marketingEvent) => EventPlanRules.EnsurePlanOpen(marketingEvent);

    private async Task EnsureScheduleAsync(bool isKeyDate, CancellationToken cancellationToken)
    {
        if (isKeyDate)
        {
            await schedule.EnsureAsync(cancellationToken);
        }
    }
}
