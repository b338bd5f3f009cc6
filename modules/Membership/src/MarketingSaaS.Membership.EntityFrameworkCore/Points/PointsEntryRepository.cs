using MarketingSaaS.Framework.EntityFrameworkCore.DbContexts;
using MarketingSaaS.Framework.EntityFrameworkCore.Repositories;
using MarketingSaaS.Membership.Points;
using Microsoft.EntityFrameworkCore;

namespace MarketingSaaS.Membership.EntityFrameworkCore.Points;

internal sealed class PointsEntryRepository(IDbContextProvider<MembershipDbContext> contextProvider)
    : EfRepository<MembershipDbContext, PointsEntry, Guid>(contextProvider), IPointsEntryRepository
{
    public async Task<List<PointsEntry>> GetLedgerAsync(Guid memberId, CancellationToken cancellationToken = default)
    {
        var query = await GetQueryableAsync(cancellationToken);
        return await query.Where(e => e.MemberId == memberId).OrderBy(e => e.OccurredAt).ThenBy(e => e.CreationTime).ToListAsync(cancellationToken);
    }
}
