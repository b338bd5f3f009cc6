using MarketingSaaS.Events.Plans;
using MarketingSaaS.Framework.EntityFrameworkCore.DbContexts;
using MarketingSaaS.Framework.EntityFrameworkCore.Repositories;
using Microsoft.EntityFrameworkCore;

namespace MarketingSaaS.Events.EntityFrameworkCore.Plans;

internal sealed class EventMilestoneRepository(IDbContextProvider<EventsDbContext> contextProvider)
    : EfRepository<EventsDbContext, EventMilestone, Guid>(contextProvider), IEventMilestoneRepository
{
    public async Task<List<EventMilestone>> GetListByEventAsync(Guid marketingEventId, CancellationToken cancellationToken = default) =>
        await (await GetQueryableAsync(cancellationToken))
            .Where(m => m.MarketingEventId == marketingEventId)
            .OrderBy(m => m.Date).ThenBy(m => m.Id)
            .ToListAsync(cancellationToken);
}
