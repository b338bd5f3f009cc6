using MarketingSaaS.TestBase.Clients;
using System.Net;
using System.Security.Claims;
using System.Text.Json;
using MarketingSaaS.EntityFrameworkCore;
using MarketingSaaS.Framework.MultiTenancy;
using MarketingSaaS.Identity;
using MarketingSaaS.TestBase;
using MarketingSaaS.TestBase.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace MarketingSaaS.HttpApi.Tests.Identity;

/// <summary>
/// Tenant B never reaches tenant A's <see cref="AppUser"/> and <see cref="AppRole"/> rows through the API,
/// nor their links (<see cref="AppUserRole"/>, <see cref="AppUserClaim"/>, <see cref="AppUserLogin"/>,
/// <see cref="AppUserToken"/>, <see cref="AppRoleClaim"/>) through the data layer.
/// </summary>
public abstract class IdentityIsolationTests(ApiFixture fixture)
{
    [Fact]
    public async Task Tenant_B_does_not_list_or_get_tenant_A_users()
    {
        var a = await fixture.SignUpAsync();
        var b = await fixture.SignUpAsync();
        var aUser = await a.CreateUserAsync("a-only-user");

        var list = await b.Admin.GetJsonAsync<JsonElement>("/api/identity/users");
        var filtered = await b.Admin.GetJsonAsync<JsonElement>("/api/identity/users?filter=a-only");
        var get = await b.Admin.GetAsync($"/api/identity/users/{aUser.Id()}");

        list.GetProperty("totalCount").GetInt64().ShouldBe(1);
        list.GetProperty("items").EnumerateArray().Select(u => u.Id()).ShouldNotContain(aUser.Id());
        filtered.GetProperty("totalCount").GetInt64().ShouldBe(0);
        get.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Tenant_B_cannot_update_delete_lock_unlock_or_reset_tenant_A_users()
    {
        var a = await fixture.SignUpAsync();
        var b = await fixture.SignUpAsync();
        var aUser = await a.CreateUserAsync("victim", "staff");
        var url = $"/api/identity/users/{aUser.Id()}";

        var update = await b.Admin.PutAsync(url, new
        {
            name = "Hijacked",
            email = "hijacked@x.test",
            roleNames = new[] { "admin" },
            isActive = false,
            concurrencyStamp = aUser.GetProperty("concurrencyStamp").GetString(),
        });
        var lockUser = await b.Admin.PostAsync($"{url}/lock", null);
        var unlock = await b.Admin.PostAsync($"{url}/unlock", null);
        var reset = await b.Admin.PutAsync($"{url}/password", new { newPassword = "Hijack@12345" });
        var delete = await b.Admin.DeleteAsync(url);

        foreach (var response in new[] { update, lockUser, unlock, reset, delete })
        {
            response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        }

        var unchanged = await a.Admin.GetJsonAsync<JsonElement>(url);
        unchanged.GetProperty("name").GetString().ShouldBe("Name of victim");
        unchanged.GetProperty("isActive").GetBoolean().ShouldBeTrue();
        unchanged.GetProperty("roleNames").EnumerateArray().Select(r => r.GetString()).ShouldBe(["staff"]);
        (await a.TrySignInAsync("victim", TestAccounts.UserPassword)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Tenant_B_does_not_see_or_change_tenant_A_roles()
    {
        var a = await fixture.SignUpAsync();
        var b = await fixture.SignUpAsync();
        var aRole = await a.Admin.PostJsonAsync<JsonElement>("/api/identity/roles", new { name = "a-only-role" });
        var aStaff = await a.FindRoleAsync("staff");
        var url = $"/api/identity/roles/{aRole.Id()}";

        var list = await b.Admin.GetJsonAsync<JsonElement>("/api/identity/roles");
        var get = await b.Admin.GetAsync(url);
        var update = await b.Admin.PutAsync(url, new { name = "renamed-by-b", concurrencyStamp = aRole.GetProperty("concurrencyStamp").GetString() });
        var delete = await b.Admin.DeleteAsync(url);
        var getStatic = await b.Admin.GetAsync($"/api/identity/roles/{aStaff.Id()}");

        list.EnumerateArray().Select(r => r.GetProperty("name").GetString()).ShouldBe(["admin", "marketing-head", "staff"]);
        list.EnumerateArray().Select(r => r.Id()).ShouldNotContain(aStaff.Id());
        get.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        update.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        delete.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        getStatic.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await a.Admin.GetJsonAsync<JsonElement>(url)).GetProperty("name").GetString().ShouldBe("a-only-role");
    }

    [Fact]
    public async Task Tenant_B_cannot_put_its_users_into_tenant_A_roles_and_names_are_unique_per_tenant_only()
    {
        var a = await fixture.SignUpAsync();
        var b = await fixture.SignUpAsync();
        await a.Admin.PostJsonAsync<JsonElement>("/api/identity/roles", new { name = "a-crew" });
        await a.CreateUserAsync("shared-name");

        var intoForeignRole = await b.Admin.PostAsync("/api/identity/users", IdentityTestExtensions.NewUser(b, "b-user", "a-crew"));
        var sameUserName = await b.Admin.PostAsync("/api/identity/users", new { userName = "shared-name", name = "B's own", email = $"shared-name@{a.Slug}.test", password = TestAccounts.UserPassword });

        await intoForeignRole.ShouldBeProblemAsync((HttpStatusCode)422, "MarketingSaaS:UnknownRole");
        sameUserName.StatusCode.ShouldBe(HttpStatusCode.Created);
        (await a.Admin.GetJsonAsync<JsonElement>("/api/identity/users?filter=shared-name")).GetProperty("items")[0].GetProperty("name").GetString().ShouldBe("Name of shared-name");
    }

    [Fact]
    public async Task Tenant_B_reads_none_of_tenant_A_identity_link_rows()
    {
        var a = await fixture.SignUpAsync();
        var b = await fixture.SignUpAsync();
        var aUser = await a.CreateUserAsync("linked", "staff");
        var aRole = await a.Admin.PostJsonAsync<JsonElement>("/api/identity/roles", new { name = "claimed" });
        using (var scope = fixture.Services.CreateScope())
        using (scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(a.TenantId))
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var roles = scope.ServiceProvider.GetRequiredService<RoleManager<AppRole>>();
            var user = (await users.FindByIdAsync(aUser.Id().ToString()))!;
            (await users.AddClaimAsync(user, new Claim("department", "events"))).Succeeded.ShouldBeTrue();
            (await users.AddLoginAsync(user, new UserLoginInfo("wecom", "a-linked", "WeCom"))).Succeeded.ShouldBeTrue();
            (await users.SetAuthenticationTokenAsync(user, "wecom", "refresh", "secret")).Succeeded.ShouldBeTrue();
            (await roles.AddClaimAsync((await roles.FindByIdAsync(aRole.Id().ToString()))!, new Claim("scope", "events"))).Succeeded.ShouldBeTrue();
        }

        (await CountLinksAsync(a.TenantId, aUser.Id(), aRole.Id())).ShouldBe([1, 1, 1, 1, 1]);
        (await CountLinksAsync(b.TenantId, aUser.Id(), aRole.Id())).ShouldBe([0, 0, 0, 0, 0]);
    }

    /// <summary>AppUserRole, AppUserClaim, AppUserLogin, AppUserToken and AppRoleClaim rows of the user and role, as one tenant sees them.</summary>
    private async Task<int[]> CountLinksAsync(Guid tenantId, Guid userId, Guid roleId)
    {
        using var scope = fixture.Services.CreateScope();
        using (scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(tenantId))
        {
            var db = await scope.ServiceProvider.GetRequiredService<MarketingSaaS.Framework.EntityFrameworkCore.DbContexts.IDbContextProvider<PlatformDbContext>>().GetDbContextAsync();
            return
            [
                await db.UserRoles.CountAsync(r => r.UserId == userId),
                await db.UserClaims.CountAsync(c => c.UserId == userId),
                await db.UserLogins.CountAsync(l => l.UserId == userId),
                await db.UserTokens.CountAsync(t => t.UserId == userId),
                await db.RoleClaims.CountAsync(c => c.RoleId == roleId),
            ];
        }
    }
}

public sealed class IdentityIsolationTestsOnSqlite(SqliteApiFixture fixture) : IdentityIsolationTests(fixture), IClassFixture<SqliteApiFixture>;

public sealed class IdentityIsolationTestsOnPostgreSql(PostgreSqlApiFixture fixture) : IdentityIsolationTests(fixture), IClassFixture<PostgreSqlApiFixture>;
