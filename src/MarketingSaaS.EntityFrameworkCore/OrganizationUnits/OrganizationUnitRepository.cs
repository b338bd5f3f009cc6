using MarketingSaaS.Framework.EntityFrameworkCore.DbContexts;
using MarketingSaaS.Framework.EntityFrameworkCore.Repositories;
using MarketingSaaS.OrganizationUnits;
using Microsoft.EntityFrameworkCore;

namespace MarketingSaaS.EntityFrameworkCore.OrganizationUnits;

internal sealed class OrganizationUnitRepository(IDbContextProvider<PlatformDbContext> contextProvider)
    : EfRepository<PlatformDbContext, OrganizationUnit, Guid>(contextProvider), IOrganizationUnitRepository
{
    public async Task<List<OrganizationUnit>> GetChildrenAsync(Guid? parentId, CancellationToken cancellationToken = default) =>
        await (await GetQueryableAsync(cancellationToken)).Where(u => u.ParentId == parentId).OrderBy(u => u.Code).ToListAsync(cancellationToken);

    public async Task<List<OrganizationUnit>> GetSubtreeAsync(string code, bool includeDeleted = false, CancellationToken cancellationToken = default)
    {
        var query = await GetQueryableAsync(cancellationToken);
        if (includeDeleted)
        {
            query = query.IgnoreQueryFilters([DataFilterNames.SoftDelete]);
        }

        var prefix = code + ".";
        return await query.Where(u => u.Code == code || u.Code.StartsWith(prefix)).OrderBy(u => u.Code).ToListAsync(cancellationToken);
    }

    public async Task<string?> GetLastChildCodeAsync(Guid? parentId, CancellationToken cancellationToken = default) =>
        await (await GetQueryableAsync(cancellationToken)).IgnoreQueryFilters([DataFilterNames.SoftDelete])
            .Where(u => u.ParentId == parentId).OrderByDescending(u => u.Code).Select(u => u.Code).FirstOrDefaultAsync(cancellationToken);
}
