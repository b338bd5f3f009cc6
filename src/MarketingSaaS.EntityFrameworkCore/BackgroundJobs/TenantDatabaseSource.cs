using MarketingSaaS.Framework.BackgroundJobs;
using MarketingSaaS.Framework.EntityFrameworkCore.DbContexts;
using MarketingSaaS.Framework.MultiTenancy;
using Microsoft.EntityFrameworkCore;

namespace MarketingSaaS.EntityFrameworkCore.BackgroundJobs;

/// <summary>Tenants with a connection string of their own, read from the shared database.</summary>
public sealed class TenantDatabaseSource(IDbContextProvider<PlatformDbContext> contexts, ICurrentTenant currentTenant) : ITenantDatabaseSource
{
    public async Task<IReadOnlyList<Guid>> GetTenantsWithOwnDatabaseAsync(CancellationToken cancellationToken = default)
    {
        using (currentTenant.Change(null))
        {
            var db = await contexts.GetDbContextAsync(cancellationToken);
            return await db.Tenants.AsNoTracking().Where(t => t.ConnectionString != null && t.ConnectionString != "").Select(t => t.Id).ToListAsync(cancellationToken);
        }
    }
}
