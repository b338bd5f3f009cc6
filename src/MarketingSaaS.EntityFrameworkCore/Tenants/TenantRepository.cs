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
}
