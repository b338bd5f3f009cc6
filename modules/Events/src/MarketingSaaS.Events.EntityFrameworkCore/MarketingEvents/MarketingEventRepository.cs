using MarketingSaaS.Events.MarketingEvents;
using MarketingSaaS.Framework.EntityFrameworkCore.DbContexts;
using MarketingSaaS.Framework.EntityFrameworkCore.Repositories;
using Microsoft.EntityFrameworkCore;

namespace MarketingSaaS.Events.EntityFrameworkCore.MarketingEvents;

internal sealed class MarketingEventRepository(IDbContextProvider<EventsDbContext> contextProvider)
    : EfRepository<EventsDbContext, MarketingEvent, Guid>(contextProvider), IMarketingEventRepository
{
    public async Task<(long TotalCount, List<MarketingEvent> Items)> GetPagedListAsync(
        string? filter, MarketingEventStatus? status, MarketingEventType? type, int skipCount, int maxResultCount,
        CancellationToken cancellationToken = default)
    {
        var query = await GetQueryableAsync(cancellationToken);
        if (!string.IsNullOrWhiteSpace(filter))
        {
            var text = filter.Trim();
            query = query.Where(e => e.Name.Contains(text));
        }

        if (status is { } s)
        {
            query = query.Where(e => e.Status == s);
        }

        if (type is { } t)
        {
            query = query.Where(e => e.Type == t);
        }

        var total = await query.LongCountAsync(cancellationToken);
        var items = await query.OrderByDescending(e => e.StartTime).ThenByDescending(e => e.Id)
            .Skip(skipCount).Take(maxResultCount).ToListAsync(cancellationToken);
        return (total, items);
    }
}
