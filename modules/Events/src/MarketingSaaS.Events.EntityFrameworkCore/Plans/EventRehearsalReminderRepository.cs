using MarketingSaaS.Events.MarketingEvents;
using MarketingSaaS.Events.Plans;
using MarketingSaaS.Framework.EntityFrameworkCore.DbContexts;
using MarketingSaaS.Framework.EntityFrameworkCore.Repositories;
using Microsoft.EntityFrameworkCore;

namespace MarketingSaaS.Events.EntityFrameworkCore.Plans;

internal sealed class EventRehearsalReminderRepository(IDbContextProvider<EventsDbContext> contextProvider)
    : EfRepository<EventsDbContext, EventRehearsalReminder, Guid>(contextProvider), IEventRehearsalReminderRepository
{
    public async Task<List<RehearsalKeyDate>> GetKeyDatesAsync(DateTimeOffset after, DateTimeOffset until, CancellationToken cancellationToken = default)
    {
        var context = await GetDbContextAsync(cancellationToken);
        var live = context.MarketingEvents.Where(e =>
            e.Status == MarketingEventStatus.PendingApproval || e.Status == MarketingEventStatus.Approved || e.Status == MarketingEventStatus.InExecution);
        var starting = await live.Where(e => e.StartTime > after && e.StartTime <= until).ToListAsync(cancellationToken);
        var milestones = await context.Set<EventMilestone>()
            .Where(m => m.IsKeyDate && m.Date > after && m.Date <= until)
            .Join(live, m => m.MarketingEventId, e => e.Id, (m, e) => new { Milestone = m, Event = e })
            .ToListAsync(cancellationToken);
        return
        [
            .. starting.Select(e => new RehearsalKeyDate(e, e.Id, e.Name, e.StartTime)),
            .. milestones.Select(x => new RehearsalKeyDate(x.Event, x.Milestone.Id, x.Milestone.Name, x.Milestone.Date)),
        ];
    }

    public async Task<Dictionary<Guid, EventRehearsalReminder>> GetBySubjectsAsync(IReadOnlyCollection<Guid> subjectIds, CancellationToken cancellationToken = default) =>
        await (await GetQueryableAsync(cancellationToken)).Where(r => subjectIds.Contains(r.SubjectId)).ToDictionaryAsync(r => r.SubjectId, cancellationToken);
}
