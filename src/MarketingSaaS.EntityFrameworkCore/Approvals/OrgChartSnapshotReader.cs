using MarketingSaaS.Approvals;
using MarketingSaaS.Framework.EntityFrameworkCore.DbContexts;
using MarketingSaaS.OrganizationUnits;
using MarketingSaaS.Positions;
using Microsoft.EntityFrameworkCore;

namespace MarketingSaaS.EntityFrameworkCore.Approvals;

internal sealed class OrgChartSnapshotReader(IDbContextProvider<PlatformDbContext> contextProvider) : IOrgChartSnapshotReader
{
    public async Task<OrgChartSnapshot> ReadAsync(CancellationToken cancellationToken = default)
    {
        var context = await contextProvider.GetDbContextAsync(cancellationToken);
        var units = await context.Set<OrganizationUnit>().AsNoTracking()
            .Select(u => new OrgChartUnit(u.Id, u.ParentId, u.Code, u.HeadPositionId))
            .ToListAsync(cancellationToken);
        var positions = await context.Set<Position>().AsNoTracking()
            .OrderBy(p => p.Name)
            .Select(p => new { p.Id, p.Name, Holders = p.Holders.Select(h => h.UserId).ToList(), Units = p.Units.Select(u => u.OrganizationUnitId).ToList() })
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        return new OrgChartSnapshot(units, [.. positions.Select(p => new OrgChartPosition(p.Id, p.Name, p.Holders, p.Units))]);
    }
}
