using MarketingSaaS.Framework.EntityFrameworkCore.DbContexts;
using MarketingSaaS.Framework.EntityFrameworkCore.Repositories;
using MarketingSaaS.Tenants;
using Microsoft.EntityFrameworkCore;

namespace MarketingSaaS.EntityFrameworkCore.Tenants;

internal sealed class TenantRepository(IDbContextProvider<PlatformDbContext> contextProvider)
    : EfRepository<PlatformDbContext, Tenant, Guid>(contextProvider), ITenantRepository
{
    public async Task<Tenant?> FindBySlugAsync(string slug, CancellationToken cancellationToken = default) =>
        await (await GetQueryableAsync(cancellationToken)).FirstOrDefaultAsync(t => t.Slug == slug, cancellationToken);

    public async Task<bool> SlugExistsAsync(string slug, CancellationToken cancellationToken = default)
    {
        var context = await GetDbContextAsync(cancellationToken);
        return await context.Tenants.IgnoreQueryFilters([DataFilterNames.SoftDelete]).AnyAsync(t => t.Slug == slug, cancellationToken);
    }

    public async Task<long> GetCountAsync(string? filter, bool? isActive, CancellationToken cancellationToken = default) =>
        await (await QueryAsync(filter, isActive, cancellationToken)).LongCountAsync(cancellationToken);

    public async Task<List<Tenant>> GetPagedListAsync(string? filter, bool? isActive, int skipCount, int maxResultCount, CancellationToken cancellationToken = default) =>
        await (await QueryAsync(filter, isActive, cancellationToken))
            .OrderBy(t => t.Name).ThenBy(t => t.Id)
            .Skip(skipCount).Take(maxResultCount)
            .ToListAsync(cancellationToken);

    private async Task<IQueryable<Tenant>> QueryAsync(string? filter, bool? isActive, CancellationToken cancellationToken)
    {
        var query = await GetQueryableAsync(cancellationToken);
        if (!string.IsNullOrWhiteSpace(filter))
        {
            var text = filter.Trim().ToLowerInvariant();
            query = query.Where(t => t.Name.ToLower().Contains(text) || t.Slug.Contains(text));
        }

        if (isActive is { } active)
        {
            query = query.Where(t => t.IsActive == active);
        }

        return query;
    }
}
