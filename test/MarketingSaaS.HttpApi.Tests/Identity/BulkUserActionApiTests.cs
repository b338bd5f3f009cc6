using System.Net;
using System.Text.Json;
using MarketingSaaS.TestBase;
using MarketingSaaS.TestBase.Clients;
using MarketingSaaS.TestBase.Hosting;
using Shouldly;
using Xunit;

namespace MarketingSaaS.HttpApi.Tests.Identity;

/// <summary>Bulk lock, unlock and role changes: all or nothing, never oneself locked, never another company's users.</summary>
public abstract class BulkUserActionApiTests(ApiFixture fixture)
{
    private const string Bulk = "/api/identity/users/bulk";

    [Fact]
    public async Task Several_users_are_locked_and_unlocked_at_once_and_a_locked_one_cannot_sign_in()
    {
        var session = await fixture.SignUpAsync();
        var ann = await session.CreateUserAsync("ann", "staff");
        var bob = await session.CreateUserAsync("bob", "staff");

        var locked = await session.Admin.PostJsonAsync<JsonElement>(Bulk, new { userIds = new[] { ann.Id(), bob.Id() }, action = "Lock" });

        locked.GetProperty("changed").GetInt32().ShouldBe(2);
        locked.GetProperty("users").EnumerateArray().ShouldAllBe(u => u.GetProperty("isLockedOut").GetBoolean());
        await (await session.TrySignInAsync("bob", TestAccounts.UserPassword)).ShouldBeProblemAsync(HttpStatusCode.Locked, "MarketingSaaS:LockedOut");

        var again = await session.Admin.PostJsonAsync<JsonElement>(Bulk, new { userIds = new[] { ann.Id() }, action = "Lock" });
        again.GetProperty("changed").GetInt32().ShouldBe(0);

        var unlocked = await session.Admin.PostJsonAsync<JsonElement>(Bulk, new { userIds = new[] { ann.Id(), bob.Id() }, action = "Unlock" });
        unlocked.GetProperty("changed").GetInt32().ShouldBe(2);
        (await session.TrySignInAsync("bob", TestAccounts.UserPassword)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_role_is_added_to_and_removed_from_several_users()
    {
        var session = await fixture.SignUpAsync();
        var ann = await session.CreateUserAsync("ann", "staff");
        var bob = await session.CreateUserAsync("bob", "staff", "marketing-head");

        var added = await session.Admin.PostJsonAsync<JsonElement>(Bulk, new { userIds = new[] { ann.Id(), bob.Id() }, action = "AddRole", roleName = "marketing-head" });

        added.GetProperty("changed").GetInt32().ShouldBe(1);
        added.GetProperty("users").EnumerateArray().ShouldAllBe(u => u.GetProperty("roleNames").EnumerateArray().Any(r => r.GetString() == "marketing-head"));

        var removed = await session.Admin.PostJsonAsync<JsonElement>(Bulk, new { userIds = new[] { ann.Id(), bob.Id() }, action = "RemoveRole", roleName = "staff" });

        removed.GetProperty("changed").GetInt32().ShouldBe(2);
        var bobNow = await session.Admin.GetJsonAsync<JsonElement>($"/api/identity/users/{bob.Id()}");
        bobNow.GetProperty("roleNames").EnumerateArray().Select(r => r.GetString()).ShouldBe(["marketing-head"]);
        await (await session.Admin.PostAsync(Bulk, new { userIds = new[] { ann.Id() }, action = "AddRole", roleName = "no-such-role" }))
            .ShouldBeProblemAsync((HttpStatusCode)422, "MarketingSaaS:UnknownRole");
    }

    [Fact]
    public async Task Locking_oneself_among_others_answers_422_in_the_callers_language_and_locks_nobody()
    {
        var session = await fixture.SignUpAsync();
        var ann = await session.CreateUserAsync("ann", "staff");
        var me = await session.Admin.GetJsonAsync<JsonElement>("/api/account/me");
        session.Admin.Http.DefaultRequestHeaders.AcceptLanguage.ParseAdd("zh-Hans");

        var problem = await (await session.Admin.PostAsync(Bulk, new { userIds = new[] { ann.Id(), me.Id() }, action = "Lock" })).ReadProblemAsync((HttpStatusCode)422);

        problem.GetProperty("code").GetString().ShouldBe("MarketingSaaS:CannotDeleteSelf");
        problem.GetProperty("title").GetString().ShouldBe("不能删除或锁定自己的账户。");
        (await session.Admin.GetJsonAsync<JsonElement>($"/api/identity/users/{ann.Id()}")).GetProperty("isLockedOut").GetBoolean().ShouldBeFalse();
    }

    [Fact]
    public async Task Another_companys_user_answers_404_and_nothing_changes_in_either_company()
    {
        var a = await fixture.SignUpAsync();
        var b = await fixture.SignUpAsync();
        var ownUser = await a.CreateUserAsync("ann", "staff");
        var foreignUser = await b.CreateUserAsync("bob", "staff");

        var response = await a.Admin.PostAsync(Bulk, new { userIds = new[] { ownUser.Id(), foreignUser.Id() }, action = "Lock" });
        var roles = await a.Admin.PostAsync(Bulk, new { userIds = new[] { foreignUser.Id() }, action = "AddRole", roleName = "admin" });

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        roles.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await a.Admin.GetJsonAsync<JsonElement>($"/api/identity/users/{ownUser.Id()}")).GetProperty("isLockedOut").GetBoolean().ShouldBeFalse();
        var bobInB = await b.Admin.GetJsonAsync<JsonElement>($"/api/identity/users/{foreignUser.Id()}");
        bobInB.GetProperty("isLockedOut").GetBoolean().ShouldBeFalse();
        bobInB.GetProperty("roleNames").EnumerateArray().Select(r => r.GetString()).ShouldBe(["staff"]);
    }

    [Fact]
    public async Task No_users_or_an_unknown_action_answer_400_and_staff_get_403()
    {
        var session = await fixture.SignUpAsync();
        var staff = await session.CreateStaffClientAsync();

        (await session.Admin.PostAsync(Bulk, new { userIds = Array.Empty<Guid>(), action = "Lock" })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await session.Admin.PostAsync(Bulk, new { userIds = new[] { Guid.NewGuid() }, action = "Explode" })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await session.Admin.PostAsync(Bulk, new { userIds = Enumerable.Range(0, 201).Select(_ => Guid.NewGuid()), action = "Lock" })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await staff.PostAsync(Bulk, new { userIds = new[] { Guid.NewGuid() }, action = "Lock" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}

public sealed class BulkUserActionApiTestsOnSqlite(SqliteApiFixture fixture) : BulkUserActionApiTests(fixture), IClassFixture<SqliteApiFixture>;

public sealed class BulkUserActionApiTestsOnPostgreSql(PostgreSqlApiFixture fixture) : BulkUserActionApiTests(fixture), IClassFixture<PostgreSqlApiFixture>;
