using MarketingSaaS.Framework.EntityFrameworkCore.DbContexts;
using MarketingSaaS.Framework.EntityFrameworkCore.Repositories;
using MarketingSaaS.Positions;
using Microsoft.EntityFrameworkCore;

namespace MarketingSaaS.EntityFrameworkCore.Positions;

internal sealed class PositionRepository(IDbContextProvider<PlatformDbContext> contextProvider)
    : EfRepository<PlatformDbContext, Position, Guid>(contextProvider), IPositionRepository
{
    public async Task<List<Position>> GetListWithDetailsAsync(Guid? organizationUnitId = null, Guid? holderUserId = null, CancellationToken cancellationToken = default)
    {
        var query = WithDetails(await GetQueryableAsync(cancellationToken));
        if (organizationUnitId is { } unitId)
        {
            query = query.Where(p => p.Units.Any(u => u.OrganizationUnitId == unitId));
        }

        if (holderUserId is { } userId)
        {
            query = query.Where(p => p.Holders.Any(h => h.UserId == userId));
        }

        return await query.OrderBy(p => p.Name).AsSplitQuery().ToListAsync(cancellationToken);
    }

    public async Task<Position?> FindWithDetailsAsync(Guid id, CancellationToken cancellationToken = default) =>
        await WithDetails(await GetQueryableAsync(cancellationToken)).AsSplitQuery().FirstOrDefaultAsync(p => p.Id == id, cancellationToken);

    private static IQueryable<Position> WithDetails(IQueryable<Position> query) =>
        query.Include(p => p.Units).Include(p => p.Holders).Include(p => p.Collaborators);
}
