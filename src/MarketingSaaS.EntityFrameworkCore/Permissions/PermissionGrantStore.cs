using MarketingSaaS.Framework.Authorization;
using MarketingSaaS.Framework.EntityFrameworkCore.DbContexts;
using MarketingSaaS.Framework.MultiTenancy;
using Microsoft.EntityFrameworkCore;

namespace MarketingSaaS.EntityFrameworkCore.Permissions;

/// <summary>Tenant grants inside a tenant, host grants on the host side.</summary>
internal sealed class PermissionGrantStore(IDbContextProvider<PlatformDbContext> contextProvider, ICurrentTenant currentTenant) : IPermissionGrantStore
{
    public async Task<IReadOnlyCollection<string>> GetGrantedNamesAsync(string providerName, string providerKey, CancellationToken cancellationToken = default)
    {
        var context = await contextProvider.GetDbContextAsync(cancellationToken);
        if (currentTenant.IsAvailable)
        {
            return await context.PermissionGrants.AsNoTracking()
                .Where(g => g.ProviderName == providerName && g.ProviderKey == providerKey)
                .Select(g => g.Name).ToListAsync(cancellationToken);
        }

        return await context.HostPermissionGrants.AsNoTracking()
            .Where(g => g.ProviderName == providerName && g.ProviderKey == providerKey)
            .Select(g => g.Name).ToListAsync(cancellationToken);
    }
}
