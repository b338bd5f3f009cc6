using MarketingSaaS.Events.Plans;
using MarketingSaaS.Framework.EntityFrameworkCore.DbContexts;
using MarketingSaaS.Framework.EntityFrameworkCore.Repositories;
using Microsoft.EntityFrameworkCore;

namespace MarketingSaaS.Events.EntityFrameworkCore.Plans;

internal sealed class EventRiskRepository(IDbContextProvider<EventsDbContext> contextProvider)
    : EfRepository<EventsDbContext, EventRisk, Guid>(contextProvider), IEventRiskRepository
{
    public async Task<List<EventRisk>> GetListByEventAsync(Guid marketingEventId, CancellationToken cancellationToken = default) =>
        await (await GetQueryableAsync(cancellationToken))
            .Where(r => r.MarketingEventId == marketingEventId)
            .OrderBy(r => r.Id)
            .ToListAsync(cancellationToken);
}
