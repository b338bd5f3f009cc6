using MarketingSaaS.__Module__.Items;
using MarketingSaaS.Framework.EntityFrameworkCore.DbContexts;
using MarketingSaaS.Framework.EntityFrameworkCore.Repositories;
using Microsoft.EntityFrameworkCore;

namespace MarketingSaaS.__Module__.EntityFrameworkCore.Items;

internal sealed class __Module__ItemRepository(IDbContextProvider<__Module__DbContext> contextProvider)
    : EfRepository<__Module__DbContext, __Module__Item, Guid>(contextProvider), I__Module__ItemRepository
{
    public async Task<(long TotalCount, List<__Module__Item> Items)> GetPagedListAsync(string? filter, int skipCount, int maxResultCount, CancellationToken cancellationToken = default)
    {
        var query = await GetQueryableAsync(cancellationToken);
        if (!string.IsNullOrWhiteSpace(filter))
        {
            var text = filter.Trim();
            query = query.Where(i => i.Name.Contains(text));
        }

        var total = await query.LongCountAsync(cancellationToken);
        var items = await query.OrderBy(i => i.Name).ThenBy(i => i.Id).Skip(skipCount).Take(maxResultCount).ToListAsync(cancellationToken);
        return (total, items);
    }
}
