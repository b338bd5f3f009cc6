using MarketingSaaS.Features;
using MarketingSaaS.Framework.Domain.Repositories;
using MarketingSaaS.Framework.Features;
using MarketingSaaS.Framework.MultiTenancy;
using MarketingSaaS.Framework.Uow;
using MarketingSaaS.Identity;
using MarketingSaaS.TestBase.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;

namespace MarketingSaaS.HttpApi.Tests.Host;

/// <summary>Writes host data straight to the database, for what no endpoint offers (yet).</summary>
internal static class HostTestData
{
    public static async Task CreateHostUserAsync(ApiFixture fixture, string userName, string password)
    {
        await using var scope = fixture.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        using (services.GetRequiredService<ICurrentTenant>().Change(null))
        {
            var user = new HostUser(Guid.CreateVersion7(), userName, $"{userName}@host.test");
            user.PasswordHash = services.GetRequiredService<IPasswordHasher<HostUser>>().HashPassword(user, password);
            await services.GetRequiredService<IRepository<HostUser, Guid>>().InsertAsync(user);
            await services.GetRequiredService<IUnitOfWork>().SaveChangesAsync();
        }
    }

    /// <summary>A tenant's own feature value (the tenant-side modules API would set it).</summary>
    public static async Task SetTenantFeatureValueAsync(ApiFixture fixture, Guid tenantId, string name, string value)
    {
        await using var scope = fixture.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        using (services.GetRequiredService<ICurrentTenant>().Change(null))
        {
            await services.GetRequiredService<IRepository<FeatureValue, Guid>>()
                .InsertAsync(new FeatureValue(Guid.CreateVersion7(), name, value, FeatureValueProviders.Tenant, tenantId));
            await services.GetRequiredService<IUnitOfWork>().SaveChangesAsync();
        }

        services.GetRequiredService<IMemoryCache>().Remove(FeatureChecker.CacheKey(FeatureValueProviders.Tenant, tenantId));
    }
}
