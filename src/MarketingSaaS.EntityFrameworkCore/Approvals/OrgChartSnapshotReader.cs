using MarketingSaaS.Approvals;
using MarketingSaaS.Framework.Data;
using MarketingSaaS.Framework.Domain.Entities;
using MarketingSaaS.Framework.EntityFrameworkCore.DbContexts;
using MarketingSaaS.Framework.MultiTenancy;
using MarketingSaaS.OrganizationUnits;
using MarketingSaaS.Positions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace MarketingSaaS.EntityFrameworkCore.Approvals;

/// <summary>
/// The current company's org chart, cached per company in this process under its <see cref="OrgChartStamp"/>: each call
/// reads the stamp (one row by key) and loads the chart again only when the stamp changed, so every host process sees a
/// change as soon as it commits. The stamp is read before the chart: a change committing in between only costs a reload.
/// </summary>
internal sealed class OrgChartSnapshotReader(
    IDbContextProvider<PlatformDbContext> contextProvider,
    ICurrentTenant currentTenant,
    IDataFilter dataFilter,
    IMemoryCache cache) : IOrgChartSnapshotReader
{
    private static readonly TimeSpan SlidingExpiration = TimeSpan.FromMinutes(30);

    public async Task<OrgChartSnapshot> ReadAsync(CancellationToken cancellationToken = default)
    {
        var context = await contextProvider.GetDbContextAsync(cancellationToken);
        if (currentTenant.Id is not { } tenantId || !dataFilter.IsEnabled<IMultiTenant>() || !dataFilter.IsEnabled<ISoftDelete>())
        {
            return await LoadAsync(context, cancellationToken);
        }

        // No row yet: the company's chart has not changed since stamps exist; the first change adds the row.
        var stamp = await context.OrgChartStamps.AsNoTracking()
            .Where(s => s.TenantId == tenantId)
            .Select(s => (Guid?)s.Stamp)
            .FirstOrDefaultAsync(cancellationToken) ?? Guid.Empty;
        var key = (typeof(OrgChartSnapshot), tenantId);
        if (cache.TryGetValue(key, out CachedOrgChartSnapshot? cached) && cached!.Stamp == stamp)
        {
            return cached.Snapshot;
        }

        var snapshot = await LoadAsync(context, cancellationToken);
        cache.Set(key, new CachedOrgChartSnapshot(stamp, snapshot), new MemoryCacheEntryOptions { SlidingExpiration = SlidingExpiration });
        return snapshot;
    }

    private static async Task<OrgChartSnapshot> LoadAsync(PlatformDbContext context, CancellationToken cancellationToken)
    {
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
