using MarketingSaaS.Events.Figures;
using MarketingSaaS.Framework.EntityFrameworkCore.DbContexts;
using MarketingSaaS.Framework.EntityFrameworkCore.Repositories;
using Microsoft.EntityFrameworkCore;

namespace MarketingSaaS.Events.EntityFrameworkCore.Figures;

internal sealed class EventAttributedRevenueRepository(IDbContextProvider<EventsDbContext> contextProvider)
    : EfRepository<EventsDbContext, EventAttributedRevenue, Guid>(contextProvider), IEventAttributedRevenueRepository
{
    public async Task<EventAttributedRevenue?> FindByEventAsync(Guid marketingEventId, CancellationToken cancellationToken = default) =>
        await (await GetQueryableAsync(cancellationToken)).FirstOrDefaultAsync(r => r.MarketingEventId == marketingEventId, cancellationToken);

    public async Task<Dictionary<Guid, decimal>> GetAmountsAsync(IReadOnlyCollection<Guid> marketingEventIds, CancellationToken cancellationToken = default) =>
        await (await GetQueryableAsync(cancellationToken))
            .Where(r => marketingEventIds.Contains(r.MarketingEventId))
            .ToDictionaryAsync(r => r.MarketingEventId, r => r.Amount, cancellationToken);
}
