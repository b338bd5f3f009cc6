using System.Security.Claims;
using MarketingSaaS.Data;
using MarketingSaaS.Framework.MultiTenancy;
using MarketingSaaS.Framework.Settings;
using MarketingSaaS.Framework.Uow;
using MarketingSaaS.Framework.Users;
using MarketingSaaS.Identity;
using MarketingSaaS.TestBase.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace MarketingSaaS.HttpApi.Tests.AuditLogging;

/// <summary>
/// Changes made inside a tenant for which no endpoint exists yet, done through the application's
/// own services as a given signed-in user, so that the change log records who made them.
/// </summary>
internal static class TenantAdminActions
{
    public static async Task SetTenantSettingAsync(ApiFixture fixture, Guid tenantId, Guid userId, string userName, string name, string value)
    {
        await using var scope = fixture.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var accessor = services.GetRequiredService<IHttpContextAccessor>();
        accessor.HttpContext = new DefaultHttpContext { User = SignedIn(tenantId, userId, userName) };
        try
        {
            using (services.GetRequiredService<ICurrentTenant>().Change(tenantId))
            {
                await services.GetRequiredService<ISettingValueStore>().SetAsync(SettingValueProviders.Tenant, tenantId, name, value);
                await services.GetRequiredService<IUnitOfWork>().SaveChangesAsync();
            }
        }
        finally
        {
            accessor.HttpContext = null;
        }
    }

    public static async Task CreateStaffUserAsync(ApiFixture fixture, Guid tenantId, string userName, string password)
    {
        await using var scope = fixture.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        using (services.GetRequiredService<ICurrentTenant>().Change(tenantId))
        {
            var users = services.GetRequiredService<UserManager<AppUser>>();
            var user = new AppUser(Guid.CreateVersion7(), userName, $"{userName}@staff.test", userName);
            TenantDataSeeder.ThrowIfFailed(await users.CreateAsync(user, password));
            TenantDataSeeder.ThrowIfFailed(await users.AddToRoleAsync(user, IdentityConsts.StaticRoles.Staff));
        }
    }

    private static ClaimsPrincipal SignedIn(Guid tenantId, Guid userId, string userName) => new(new ClaimsIdentity(
        [
            new Claim(MarketingClaimTypes.UserId, userId.ToString()),
            new Claim(MarketingClaimTypes.UserName, userName),
            new Claim(MarketingClaimTypes.TenantId, tenantId.ToString()),
        ],
        authenticationType: "Test"));
}
