using MarketingSaaS.Membership.Items;
using MarketingSaaS.Framework.EntityFrameworkCore.DbContexts;
using MarketingSaaS.Framework.EntityFrameworkCore.Repositories;
using Microsoft.EntityFrameworkCore;

namespace MarketingSaaS.Membership.EntityFrameworkCore.Items;

internal sealed class MembershipItemRepository(IDbContextProvider<MembershipDbContext> contextProvider)
    : EfRepository<MembershipDbContext, MembershipItem, Guid>(contextProvider), IMembershipItemRepository
{
    public async Task<(long TotalCount, List<MembershipItem> Items)> GetPagedListAsync(string? filter, int skipCount, int maxResultCount, CancellationToken cancellationToken = default)
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
