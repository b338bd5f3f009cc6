using MarketingSaaS.Events.MarketingEvents;
using MarketingSaaS.Events.Reviews;
using MarketingSaaS.Framework.EntityFrameworkCore.DbContexts;
using MarketingSaaS.Framework.EntityFrameworkCore.Repositories;
using Microsoft.EntityFrameworkCore;

namespace MarketingSaaS.Events.EntityFrameworkCore.Reviews;

internal sealed class EventReviewFollowUpRepository(IDbContextProvider<EventsDbContext> contextProvider)
    : EfRepository<EventsDbContext, EventReviewFollowUp, Guid>(contextProvider), IEventReviewFollowUpRepository
{
    public async Task<List<(MarketingEvent Event, EventReviewFollowUp? FollowUp)>> GetUnreviewedEventsAsync(DateTimeOffset endedBefore, CancellationToken cancellationToken = default)
    {
        var context = await GetDbContextAsync(cancellationToken);
        var events = await context.MarketingEvents
            .Where(e => (e.Status == MarketingEventStatus.InExecution || e.Status == MarketingEventStatus.Completed) && e.EndTime <= endedBefore)
            .Where(e => !context.Set<EventReview>().Any(r => r.MarketingEventId == e.Id))
            .OrderBy(e => e.EndTime)
            .ToListAsync(cancellationToken);
        var ids = events.Select(e => e.Id).ToList();
        var followUps = await context.Set<EventReviewFollowUp>().Where(f => ids.Contains(f.MarketingEventId)).ToDictionaryAsync(f => f.MarketingEventId, cancellationToken);
        return [.. events.Select(e => (e, followUps.GetValueOrDefault(e.Id)))];
    }
}
