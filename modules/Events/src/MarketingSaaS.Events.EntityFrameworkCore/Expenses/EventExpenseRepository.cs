using MarketingSaaS.Events.Expenses;
using MarketingSaaS.Framework.EntityFrameworkCore.DbContexts;
using MarketingSaaS.Framework.EntityFrameworkCore.Repositories;
using Microsoft.EntityFrameworkCore;

namespace MarketingSaaS.Events.EntityFrameworkCore.Expenses;

internal sealed class EventExpenseRepository(IDbContextProvider<EventsDbContext> contextProvider)
    : EfRepository<EventsDbContext, EventExpense, Guid>(contextProvider), IEventExpenseRepository
{
    public async Task<List<EventExpense>> GetListByEventAsync(Guid marketingEventId, CancellationToken cancellationToken = default) =>
        await (await GetQueryableAsync(cancellationToken))
            .Where(e => e.MarketingEventId == marketingEventId)
            .OrderBy(e => e.SpentOn).ThenBy(e => e.Id)
            .ToListAsync(cancellationToken);

    public async Task<Dictionary<Guid, decimal>> GetTotalsAsync(IReadOnlyCollection<Guid> marketingEventIds, CancellationToken cancellationToken = default)
    {
        // Summed in memory: SQLite cannot sum decimals in SQL.
        var rows = await (await GetQueryableAsync(cancellationToken))
            .Where(e => marketingEventIds.Contains(e.MarketingEventId) && e.Status == EventExpenseStatus.Recorded)
            .Select(e => new { e.MarketingEventId, e.Amount })
            .ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.MarketingEventId).ToDictionary(g => g.Key, g => g.Sum(r => r.Amount));
    }
}
