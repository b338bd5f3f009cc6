using MarketingSaaS.Framework.Domain.Entities;
using MarketingSaaS.Framework.EntityFrameworkCore.DbContexts;
using MarketingSaaS.Framework.MultiTenancy;
using MarketingSaaS.Framework.Settings;
using MarketingSaaS.Settings;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace MarketingSaaS.EntityFrameworkCore.Settings;

/// <summary>User and tenant values in the current tenant's rows; global values in the host database.</summary>
internal sealed class SettingValueStore(IDbContextProvider<PlatformDbContext> contextProvider, ICurrentTenant currentTenant, IMemoryCache cache) : ISettingValueStore
{
    public async Task<IReadOnlyDictionary<string, string>> GetValuesAsync(string providerName, Guid? providerKey, CancellationToken cancellationToken = default)
    {
        if (providerName == SettingValueProviders.Global)
        {
            using (currentTenant.Change(null))
            {
                var host = await contextProvider.GetDbContextAsync(cancellationToken);
                return await host.GlobalSettingValues.AsNoTracking().ToDictionaryAsync(s => s.Name, s => s.Value, cancellationToken);
            }
        }

        var context = await contextProvider.GetDbContextAsync(cancellationToken);
        var userId = providerName == SettingValueProviders.User ? providerKey : null;
        return await context.SettingValues.AsNoTracking()
            .Where(s => s.UserId == userId)
            .ToDictionaryAsync(s => s.Name, s => s.Value, cancellationToken);
    }

    public async Task SetAsync(string providerName, Guid? providerKey, string name, string? value, CancellationToken cancellationToken = default)
    {
        var context = await contextProvider.GetDbContextAsync(cancellationToken);
        if (providerName == SettingValueProviders.Global)
        {
            var global = await context.GlobalSettingValues.FirstOrDefaultAsync(s => s.Name == name, cancellationToken);
            Apply(context, global, value, () => new GlobalSettingValue(SequentialGuid.Create(), name, value!), (s, v) => s.Value = v);
        }
        else
        {
            var userId = providerName == SettingValueProviders.User ? providerKey : null;
            var row = await context.SettingValues.FirstOrDefaultAsync(s => s.UserId == userId && s.Name == name, cancellationToken);
            Apply(context, row, value, () => new SettingValue(SequentialGuid.Create(), name, value!, userId), (s, v) => s.Value = v);
        }

        cache.Remove(SettingProvider.CacheKey(providerName, providerKey));
    }

    private static void Apply<T>(PlatformDbContext context, T? row, string? value, Func<T> create, Action<T, string> update)
        where T : class
    {
        if (value is null)
        {
            if (row is not null)
            {
                context.Remove(row);
            }
        }
        else if (row is null)
        {
            context.Add(create());
        }
        else
        {
            update(row, value);
        }
    }
}
