using MarketingSaaS.Framework.EntityFrameworkCore.DbContexts;
using MarketingSaaS.Framework.Features;
using MarketingSaaS.Framework.MultiTenancy;
using Microsoft.EntityFrameworkCore;

namespace MarketingSaaS.EntityFrameworkCore.Features;

/// <summary>Feature values live in the host database, whatever the current tenant.</summary>
internal sealed class FeatureValueStore(IDbContextProvider<PlatformDbContext> contextProvider, ICurrentTenant currentTenant) : IFeatureValueStore
{
    public async Task<IReadOnlyDictionary<string, string>> GetValuesAsync(string providerName, Guid providerKey, CancellationToken cancellationToken = default)
    {
        using (currentTenant.Change(null))
        {
            var context = await contextProvider.GetDbContextAsync(cancellationToken);
            return await context.FeatureValues.AsNoTracking()
                .Where(f => f.ProviderName == providerName && f.ProviderKey == providerKey)
                .ToDictionaryAsync(f => f.Name, f => f.Value, cancellationToken);
        }
    }
}
