using MarketingSaaS.TestBase.Clients;
using System.Net;
using System.Text.Json;
using MarketingSaaS.EntityFrameworkCore;
using MarketingSaaS.Framework.MultiTenancy;
using MarketingSaaS.Permissions;
using MarketingSaaS.TestBase.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace MarketingSaaS.HttpApi.Tests.Identity;

/// <summary>Tenant B can neither read nor replace tenant A's <see cref="PermissionGrant"/> rows.</summary>
public abstract class PermissionGrantIsolationTests(ApiFixture fixture)
{
    [Fact]
    public async Task Tenant_B_cannot_read_or_replace_the_grants_of_tenant_A_roles_and_users()
    {
        var a = await fixture.SignUpAsync();
        var b = await fixture.SignUpAsync();
        await a.Admin.PostJsonAsync<JsonElement>("/api/identity/roles", new { name = "a-secret" });
        await a.Admin.PutAsync("/api/identity/permissions?providerName=R&providerKey=a-secret", new { grantedPermissions = new[] { "Administration.Settings" } });
        var aAdmin = (await a.Admin.GetJsonAsync<JsonElement>("/api/account/me")).Id();

        var readRole = await b.Admin.GetAsync("/api/identity/permissions?providerName=R&providerKey=a-secret");
        var replaceRole = await b.Admin.PutAsync("/api/identity/permissions?providerName=R&providerKey=a-secret", new { grantedPermissions = Array.Empty<string>() });
        var readUser = await b.Admin.GetAsync($"/api/identity/permissions?providerName=U&providerKey={aAdmin}");
        var replaceUser = await b.Admin.PutAsync($"/api/identity/permissions?providerName=U&providerKey={aAdmin}", new { grantedPermissions = new[] { "Identity.Users" } });

        readRole.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        replaceRole.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        readUser.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        replaceUser.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        RoleApiTests.GrantedNames(await a.Admin.GetJsonAsync<JsonElement>("/api/identity/permissions?providerName=R&providerKey=a-secret")).ShouldBe(["Administration.Settings"]);
        RoleApiTests.GrantedNames(await a.Admin.GetJsonAsync<JsonElement>($"/api/identity/permissions?providerName=U&providerKey={aAdmin}")).ShouldBeEmpty();
    }

    [Fact]
    public async Task Grants_to_a_role_name_stay_in_their_tenant()
    {
        var a = await fixture.SignUpAsync();
        var b = await fixture.SignUpAsync();
        var aStaff = await a.CreateStaffClientAsync();

        await b.Admin.PutAsync("/api/identity/permissions?providerName=R&providerKey=staff", new { grantedPermissions = new[] { "Identity.Users", "Administration.Settings" } });

        RoleApiTests.GrantedNames(await a.Admin.GetJsonAsync<JsonElement>("/api/identity/permissions?providerName=R&providerKey=staff"))
            .ShouldBe(DefaultStaffGrants);
        (await aStaff.GetAsync("/api/identity/users")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await CountGrantsAsync(a.TenantId)).ShouldBe(DefaultStaffGrants.Length);
        (await CountGrantsAsync(b.TenantId)).ShouldBe(2);
    }

    internal static readonly string[] DefaultStaffGrants = ["Approvals.Requests", "Budgets.Expenses", "OrgChart.Positions", "OrgChart.Units", "Processes.Instances", "Processes.Templates"];

    private async Task<int> CountGrantsAsync(Guid tenantId)
    {
        using var scope = fixture.Services.CreateScope();
        using (scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(tenantId))
        {
            var db = await scope.ServiceProvider.GetRequiredService<MarketingSaaS.Framework.EntityFrameworkCore.DbContexts.IDbContextProvider<PlatformDbContext>>().GetDbContextAsync();
            return await db.PermissionGrants.CountAsync(g => g.ProviderName == "R" && g.ProviderKey == "staff");
        }
    }
}

public sealed class PermissionGrantIsolationTestsOnSqlite(SqliteApiFixture fixture) : PermissionGrantIsolationTests(fixture), IClassFixture<SqliteApiFixture>;

public sealed class PermissionGrantIsolationTestsOnPostgreSql(PostgreSqlApiFixture fixture) : PermissionGrantIsolationTests(fixture), IClassFixture<PostgreSqlApiFixture>;
