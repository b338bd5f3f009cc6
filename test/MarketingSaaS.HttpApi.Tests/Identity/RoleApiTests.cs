using System.Net;
using System.Text.Json;
using MarketingSaaS.TestBase.Clients;
using MarketingSaaS.TestBase.Hosting;
using Shouldly;
using Xunit;

namespace MarketingSaaS.HttpApi.Tests.Identity;

public abstract class RoleApiTests(ApiFixture fixture)
{
    [Fact]
    public async Task The_static_roles_are_listed_with_localized_names()
    {
        var session = await fixture.SignUpAsync();
        session.Admin.Http.DefaultRequestHeaders.Add("Accept-Language", "en");

        var roles = await session.Admin.GetJsonAsync<JsonElement>("/api/identity/roles");

        roles.EnumerateArray().Select(r => r.GetProperty("name").GetString()).ShouldBe(["admin", "marketing-head", "staff"]);
        roles.EnumerateArray().ShouldAllBe(r => r.GetProperty("isStatic").GetBoolean());
        roles[0].GetProperty("displayName").GetString().ShouldBe("Company administrator");
    }

    [Fact]
    public async Task A_role_is_created_read_renamed_and_deleted()
    {
        var session = await fixture.SignUpAsync();

        var created = await session.Admin.PostJsonAsync<JsonElement>("/api/identity/roles", new { name = "sales" });
        var read = await session.Admin.GetJsonAsync<JsonElement>($"/api/identity/roles/{created.Id()}");
        var renamed = await (await session.Admin.PutAsync($"/api/identity/roles/{created.Id()}", new
        {
            name = "sales-team",
            concurrencyStamp = read.GetProperty("concurrencyStamp").GetString(),
        })).ReadAsAsync<JsonElement>();
        var deleted = await session.Admin.DeleteAsync($"/api/identity/roles/{created.Id()}");

        read.GetProperty("name").GetString().ShouldBe("sales");
        read.GetProperty("isStatic").GetBoolean().ShouldBeFalse();
        renamed.GetProperty("name").GetString().ShouldBe("sales-team");
        deleted.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await session.Admin.GetAsync($"/api/identity/roles/{created.Id()}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Renaming_a_role_keeps_its_grants_and_members()
    {
        var session = await fixture.SignUpAsync();
        var role = await session.Admin.PostJsonAsync<JsonElement>("/api/identity/roles", new { name = "analysts" });
        await session.Admin.PutAsync("/api/identity/permissions?providerName=R&providerKey=analysts", new { grantedPermissions = new[] { "Identity.Users" } });
        var member = await session.CreateUserAsync("nina", "analysts");

        await session.Admin.PutAsync($"/api/identity/roles/{role.Id()}", new { name = "insight", concurrencyStamp = role.GetProperty("concurrencyStamp").GetString() });

        var grants = await session.Admin.GetJsonAsync<JsonElement>("/api/identity/permissions?providerName=R&providerKey=insight");
        GrantedNames(grants).ShouldBe(["Identity.Users"]);
        (await session.Admin.GetAsync("/api/identity/permissions?providerName=R&providerKey=analysts")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var user = await session.Admin.GetJsonAsync<JsonElement>($"/api/identity/users/{member.Id()}");
        user.GetProperty("roleNames").EnumerateArray().Select(r => r.GetString()).ShouldBe(["insight"]);
    }

    [Fact]
    public async Task Deleting_a_role_removes_it_from_its_members()
    {
        var session = await fixture.SignUpAsync();
        var role = await session.Admin.PostJsonAsync<JsonElement>("/api/identity/roles", new { name = "temps" });
        var member = await session.CreateUserAsync("oscar", "temps", "staff");

        await session.Admin.DeleteAsync($"/api/identity/roles/{role.Id()}");

        var user = await session.Admin.GetJsonAsync<JsonElement>($"/api/identity/users/{member.Id()}");
        user.GetProperty("roleNames").EnumerateArray().Select(r => r.GetString()).ShouldBe(["staff"]);
    }

    [Fact]
    public async Task Static_roles_cannot_be_renamed_or_deleted()
    {
        var session = await fixture.SignUpAsync();
        var staff = await session.FindRoleAsync("staff");

        var rename = await session.Admin.PutAsync($"/api/identity/roles/{staff.Id()}", new { name = "workers", concurrencyStamp = staff.GetProperty("concurrencyStamp").GetString() });
        var delete = await session.Admin.DeleteAsync($"/api/identity/roles/{staff.Id()}");

        await rename.ShouldBeProblemAsync((HttpStatusCode)422, "MarketingSaaS:StaticRoleCannotBeChanged");
        await delete.ShouldBeProblemAsync((HttpStatusCode)422, "MarketingSaaS:StaticRoleCannotBeChanged");
        (await session.FindRoleAsync("staff")).Id().ShouldBe(staff.Id());
    }

    [Fact]
    public async Task Duplicate_role_names_are_rule_violations()
    {
        var session = await fixture.SignUpAsync();
        var role = await session.Admin.PostJsonAsync<JsonElement>("/api/identity/roles", new { name = "events" });

        var create = await session.Admin.PostAsync("/api/identity/roles", new { name = "STAFF" });
        var rename = await session.Admin.PutAsync($"/api/identity/roles/{role.Id()}", new { name = "admin", concurrencyStamp = role.GetProperty("concurrencyStamp").GetString() });

        await create.ShouldBeProblemAsync((HttpStatusCode)422, "MarketingSaaS:RoleNameTaken");
        await rename.ShouldBeProblemAsync((HttpStatusCode)422, "MarketingSaaS:RoleNameTaken");
    }

    [Fact]
    public async Task Missing_or_over_long_names_and_stale_stamps_are_rejected()
    {
        var session = await fixture.SignUpAsync();
        var role = await session.Admin.PostJsonAsync<JsonElement>("/api/identity/roles", new { name = "pr" });
        var first = await session.Admin.PutAsync($"/api/identity/roles/{role.Id()}", new { name = "public-relations", concurrencyStamp = role.GetProperty("concurrencyStamp").GetString() });
        first.StatusCode.ShouldBe(HttpStatusCode.OK, await first.Content.ReadAsStringAsync());

        var missing = await session.Admin.PostAsync("/api/identity/roles", new { name = "" });
        var tooLong = await session.Admin.PostAsync("/api/identity/roles", new { name = new string('r', 65) });
        var stale = await session.Admin.PutAsync($"/api/identity/roles/{role.Id()}", new { name = "press", concurrencyStamp = role.GetProperty("concurrencyStamp").GetString() });

        (await missing.ReadProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("name", out _).ShouldBeTrue();
        (await tooLong.ReadProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("name", out _).ShouldBeTrue();
        await stale.ShouldBeProblemAsync(HttpStatusCode.Conflict, "Framework:ConcurrencyConflict");
    }

    [Fact]
    public async Task Staff_without_grants_cannot_read_or_manage_roles()
    {
        var session = await fixture.SignUpAsync();
        var staff = await session.CreateStaffClientAsync();

        await (await staff.GetAsync("/api/identity/roles")).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "Framework:PermissionDenied");
        await (await staff.PostAsync("/api/identity/roles", new { name = "mine" })).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "Framework:PermissionDenied");
    }

    [Fact]
    public async Task Reading_roles_does_not_allow_managing_them()
    {
        var session = await fixture.SignUpAsync();
        await session.CreateUserAsync("paula", "marketing-head");
        var client = await session.SignInAsync("paula", MarketingSaaS.TestBase.TestAccounts.UserPassword);

        (await client.GetAsync("/api/identity/roles")).StatusCode.ShouldBe(HttpStatusCode.OK);
        await (await client.PostAsync("/api/identity/roles", new { name = "mine" })).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "Framework:PermissionDenied");
    }

    internal static List<string?> GrantedNames(JsonElement permissionList) =>
        [.. permissionList.GetProperty("groups").EnumerateArray()
            .SelectMany(g => Flatten(g.GetProperty("permissions")))
            .Where(p => p.GetProperty("isGranted").GetBoolean())
            .Select(p => p.GetProperty("name").GetString())
            .Order()];

    internal static IEnumerable<JsonElement> Flatten(JsonElement permissions) =>
        permissions.EnumerateArray().SelectMany(p => Flatten(p.GetProperty("children")).Prepend(p));
}

public sealed class RoleApiTestsOnSqlite(SqliteApiFixture fixture) : RoleApiTests(fixture), IClassFixture<SqliteApiFixture>;

public sealed class RoleApiTestsOnPostgreSql(PostgreSqlApiFixture fixture) : RoleApiTests(fixture), IClassFixture<PostgreSqlApiFixture>;
