using MarketingSaaS.Framework.MultiTenancy;
using MarketingSaaS.Identity;
using MarketingSaaS.TestBase.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace MarketingSaaS.HttpApi.Tests.Account;

/// <summary>Reads and writes a tenant's users directly through Identity, in a scope with the tenant set.</summary>
public static class TenantUsers
{
    public static async Task<T> InTenantAsync<T>(ApiFixture fixture, Guid tenantId, Func<UserManager<AppUser>, Task<T>> action)
    {
        using var scope = fixture.Services.CreateScope();
        using (scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(tenantId))
        {
            return await action(scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>());
        }
    }

    public static Task<AppUser> FindAsync(ApiFixture fixture, Guid tenantId, string userName) =>
        InTenantAsync(fixture, tenantId, async users => await users.FindByNameAsync(userName) ?? throw new InvalidOperationException($"No user '{userName}'."));

    public static Task<Guid> CreateAsync(ApiFixture fixture, Guid tenantId, string userName, string email, string password) =>
        InTenantAsync(fixture, tenantId, async users =>
        {
            var user = new AppUser(Guid.CreateVersion7(), userName, email, userName);
            var result = await users.CreateAsync(user, password);
            return result.Succeeded ? user.Id : throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Code)));
        });
}
