using System.Net;
using System.Text.Json;
using MarketingSaaS.TestBase;
using MarketingSaaS.TestBase.Clients;
using MarketingSaaS.TestBase.Hosting;
using Shouldly;
using Xunit;

namespace MarketingSaaS.HttpApi.Tests.Identity;

public abstract class PermissionApiTests(ApiFixture fixture)
{
    [Fact]
    public async Task The_tree_holds_the_tenant_side_groups_with_localized_names_and_the_admin_role_has_everything()
    {
        var session = await fixture.SignUpAsync();
        session.Admin.Http.DefaultRequestHeaders.Add("Accept-Language", "en");

        var list = await session.Admin.GetJsonAsync<JsonElement>("/api/identity/permissions?providerName=R&providerKey=admin");

        var groups = list.GetProperty("groups").EnumerateArray().ToList();
        groups.Select(g => g.GetProperty("name").GetString()).ShouldBe(["Identity", "OrgChart", "Approvals", "Budgets", "Processes", "Administration", "BackgroundJobs", "TextTemplates"]);
        groups[0].GetProperty("displayName").GetString().ShouldBe("Users and roles");
        var users = groups[0].GetProperty("permissions")[0];
        users.GetProperty("name").GetString().ShouldBe("Identity.Users");
        users.GetProperty("displayName").GetString().ShouldBe("Users");
        users.GetProperty("children").EnumerateArray().Select(c => c.GetProperty("name").GetString()).ShouldContain("Identity.Users.Create");
        RoleApiTests.Flatten(groups[0].GetProperty("permissions")).ShouldAllBe(p => p.GetProperty("isGranted").GetBoolean());
    }

    [Fact]
    public async Task Display_names_follow_the_request_language()
    {
        var session = await fixture.SignUpAsync();
        session.Admin.Http.DefaultRequestHeaders.Add("Accept-Language", "zh-CN");

        var list = await session.Admin.GetJsonAsync<JsonElement>("/api/identity/permissions?providerName=R&providerKey=staff");

        list.GetProperty("groups")[0].GetProperty("permissions")[0].GetProperty("displayName").GetString().ShouldBe("用户");
        RoleApiTests.GrantedNames(list).ShouldBe(PermissionGrantIsolationTests.DefaultStaffGrants);
    }

    [Fact]
    public async Task Granting_a_permission_to_a_role_takes_effect_on_the_members_next_request()
    {
        var session = await fixture.SignUpAsync();
        var staff = await session.CreateStaffClientAsync();
        await (await staff.GetAsync("/api/identity/users")).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "Framework:PermissionDenied");

        var updated = await (await session.Admin.PutAsync("/api/identity/permissions?providerName=R&providerKey=staff", new
        {
            grantedPermissions = new[] { "Identity.Users" },
        })).ReadAsAsync<JsonElement>();

        RoleApiTests.GrantedNames(updated).ShouldBe(["Identity.Users"]);
        (await staff.GetAsync("/api/identity/users")).StatusCode.ShouldBe(HttpStatusCode.OK);

        await session.Admin.PutAsync("/api/identity/permissions?providerName=R&providerKey=staff", new { grantedPermissions = Array.Empty<string>() });
        await (await staff.GetAsync("/api/identity/users")).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "Framework:PermissionDenied");
    }

    [Fact]
    public async Task Granting_a_permission_to_a_user_takes_effect_on_their_next_request()
    {
        var session = await fixture.SignUpAsync();
        var user = await session.CreateUserAsync("quinn", "staff");
        var client = await session.SignInAsync("quinn", TestAccounts.UserPassword);
        (await client.GetAsync("/api/settings")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var response = await session.Admin.PutAsync($"/api/identity/permissions?providerName=U&providerKey={user.Id()}", new
        {
            grantedPermissions = new[] { "Administration.Settings" },
        });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.GetAsync("/api/settings")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var grants = await session.Admin.GetJsonAsync<JsonElement>($"/api/identity/permissions?providerName=U&providerKey={user.Id()}");
        RoleApiTests.GrantedNames(grants).ShouldBe(["Administration.Settings"]);
    }

    [Fact]
    public async Task Unknown_or_host_side_permissions_are_rule_violations_and_change_nothing()
    {
        var session = await fixture.SignUpAsync();

        var unknown = await session.Admin.PutAsync("/api/identity/permissions?providerName=R&providerKey=staff", new { grantedPermissions = new[] { "Identity.Users", "No.Such.Permission" } });
        var hostSide = await session.Admin.PutAsync("/api/identity/permissions?providerName=R&providerKey=staff", new { grantedPermissions = new[] { "Host.Tenants" } });

        await unknown.ShouldBeProblemAsync((HttpStatusCode)422, "MarketingSaaS:UnknownPermission");
        await hostSide.ShouldBeProblemAsync((HttpStatusCode)422, "MarketingSaaS:UnknownPermission");
        RoleApiTests.GrantedNames(await session.Admin.GetJsonAsync<JsonElement>("/api/identity/permissions?providerName=R&providerKey=staff"))
            .ShouldBe(PermissionGrantIsolationTests.DefaultStaffGrants);
    }

    [Fact]
    public async Task Bad_provider_name_answers_400_and_unknown_grantees_404()
    {
        var session = await fixture.SignUpAsync();

        var badProvider = await session.Admin.GetAsync("/api/identity/permissions?providerName=X&providerKey=admin");
        var missingKey = await session.Admin.GetAsync("/api/identity/permissions?providerName=R");
        var unknownRole = await session.Admin.GetAsync("/api/identity/permissions?providerName=R&providerKey=no-such-role");
        var unknownUser = await session.Admin.GetAsync($"/api/identity/permissions?providerName=U&providerKey={Guid.NewGuid()}");
        var notAnId = await session.Admin.PutAsync("/api/identity/permissions?providerName=U&providerKey=admin", new { grantedPermissions = Array.Empty<string>() });

        (await badProvider.ReadProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("providerName", out _).ShouldBeTrue();
        missingKey.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        unknownRole.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        unknownUser.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        notAnId.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Role_grants_and_user_grants_need_their_own_permissions()
    {
        var session = await fixture.SignUpAsync();
        var staff = await session.CreateStaffClientAsync();
        var me = await session.Admin.GetJsonAsync<JsonElement>("/api/account/me");

        await (await staff.GetAsync("/api/identity/permissions?providerName=R&providerKey=admin")).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "Framework:PermissionDenied");
        await (await staff.PutAsync("/api/identity/permissions?providerName=R&providerKey=staff", new { grantedPermissions = new[] { "Identity.Users" } }))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden, "Framework:PermissionDenied");

        await session.Admin.PutAsync("/api/identity/permissions?providerName=R&providerKey=staff", new { grantedPermissions = new[] { "Identity.Roles", "Identity.Roles.ManagePermissions" } });

        (await staff.GetAsync("/api/identity/permissions?providerName=R&providerKey=admin")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var forUser = await staff.GetAsync($"/api/identity/permissions?providerName=U&providerKey={me.Id()}");
        var problem = await forUser.ReadProblemAsync(HttpStatusCode.Forbidden);
        problem.GetProperty("code").GetString().ShouldBe("Framework:PermissionDenied");
        problem.GetProperty("data").GetProperty("permission").GetString().ShouldBe("Identity.Users.ManagePermissions");
    }
}

public sealed class PermissionApiTestsOnSqlite(SqliteApiFixture fixture) : PermissionApiTests(fixture), IClassFixture<SqliteApiFixture>;

public sealed class PermissionApiTestsOnPostgreSql(PostgreSqlApiFixture fixture) : PermissionApiTests(fixture), IClassFixture<PostgreSqlApiFixture>;
