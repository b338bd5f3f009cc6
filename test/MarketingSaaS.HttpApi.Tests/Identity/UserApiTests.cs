using System.Net;
using System.Text.Json;
using MarketingSaaS.Features;
using MarketingSaaS.TestBase;
using MarketingSaaS.TestBase.Clients;
using MarketingSaaS.TestBase.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace MarketingSaaS.HttpApi.Tests.Identity;

public abstract class UserApiTests(ApiFixture fixture)
{
    [Fact]
    public async Task Created_user_can_be_read_listed_and_found_by_filter()
    {
        var session = await fixture.SignUpAsync();

        var created = await session.CreateUserAsync("alice", "staff");

        created.GetProperty("userName").GetString().ShouldBe("alice");
        created.GetProperty("isActive").GetBoolean().ShouldBeTrue();
        created.GetProperty("roleNames").EnumerateArray().Select(r => r.GetString()).ShouldBe(["staff"]);
        var read = await session.Admin.GetJsonAsync<JsonElement>($"/api/identity/users/{created.Id()}");
        read.GetProperty("email").GetString().ShouldBe($"alice@{session.Slug}.test");
        read.GetProperty("name").GetString().ShouldBe("Name of alice");
        var filtered = await session.Admin.GetJsonAsync<JsonElement>("/api/identity/users?filter=ALIC");
        filtered.GetProperty("totalCount").GetInt64().ShouldBe(1);
        filtered.GetProperty("items")[0].Id().ShouldBe(created.Id());
        var none = await session.Admin.GetJsonAsync<JsonElement>("/api/identity/users?filter=nobody-like-this");
        none.GetProperty("totalCount").GetInt64().ShouldBe(0);
    }

    [Fact]
    public async Task List_is_sorted_by_user_name_and_paged()
    {
        var session = await fixture.SignUpAsync();
        await session.CreateUserAsync("carol");
        await session.CreateUserAsync("bob");

        var firstPage = await session.Admin.GetJsonAsync<JsonElement>("/api/identity/users?skipCount=0&maxResultCount=2");
        var secondPage = await session.Admin.GetJsonAsync<JsonElement>("/api/identity/users?skipCount=2&maxResultCount=2");

        firstPage.GetProperty("totalCount").GetInt64().ShouldBe(3);
        firstPage.GetProperty("items").EnumerateArray().Select(u => u.GetProperty("userName").GetString()).ShouldBe(["admin", "bob"]);
        secondPage.GetProperty("items").EnumerateArray().Select(u => u.GetProperty("userName").GetString()).ShouldBe(["carol"]);
        var admin = firstPage.GetProperty("items")[0];
        admin.GetProperty("roleNames").EnumerateArray().Select(r => r.GetString()).ShouldBe(["admin"]);
    }

    [Fact]
    public async Task Page_size_over_the_limit_answers_400()
    {
        var session = await fixture.SignUpAsync();

        var response = await session.Admin.GetAsync("/api/identity/users?maxResultCount=1001");

        (await response.ReadProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("maxResultCount", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task Missing_and_over_long_fields_answer_400_with_field_errors()
    {
        var session = await fixture.SignUpAsync();

        var response = await session.Admin.PostAsync("/api/identity/users", new
        {
            userName = new string('u', 65),
            name = "",
            email = "not-an-email",
            password = TestAccounts.UserPassword,
        });

        var errors = (await response.ReadProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors");
        errors.TryGetProperty("userName", out _).ShouldBeTrue();
        errors.TryGetProperty("name", out _).ShouldBeTrue();
        errors.TryGetProperty("email", out _).ShouldBeTrue();
        errors.TryGetProperty("password", out _).ShouldBeFalse();
    }

    [Fact]
    public async Task Weak_password_answers_400()
    {
        var session = await fixture.SignUpAsync();

        var response = await session.Admin.PostAsync("/api/identity/users", new { userName = "weak", name = "Weak", email = "weak@x.test", password = "alllowercase1" });

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "MarketingSaaS:PasswordTooWeak");
        (await session.Admin.GetJsonAsync<JsonElement>("/api/identity/users?filter=weak")).GetProperty("totalCount").GetInt64().ShouldBe(0);
    }

    [Fact]
    public async Task Duplicate_user_name_or_email_and_unknown_role_are_rule_violations()
    {
        var session = await fixture.SignUpAsync();
        await session.CreateUserAsync("dora");

        var sameName = await session.Admin.PostAsync("/api/identity/users", new { userName = "dora", name = "D", email = "other@x.test", password = TestAccounts.UserPassword });
        var sameEmail = await session.Admin.PostAsync("/api/identity/users", new { userName = "dora2", name = "D", email = $"dora@{session.Slug}.test", password = TestAccounts.UserPassword });
        var unknownRole = await session.Admin.PostAsync("/api/identity/users", IdentityTestExtensions.NewUser(session, "eve", "no-such-role"));

        await sameName.ShouldBeProblemAsync((HttpStatusCode)422, "MarketingSaaS:UserNameTaken");
        await sameEmail.ShouldBeProblemAsync((HttpStatusCode)422, "MarketingSaaS:EmailTaken");
        await unknownRole.ShouldBeProblemAsync((HttpStatusCode)422, "MarketingSaaS:UnknownRole");
        (await session.Admin.GetJsonAsync<JsonElement>("/api/identity/users?filter=eve")).GetProperty("totalCount").GetInt64().ShouldBe(0, "a failed create must leave no user behind");
    }

    [Fact]
    public async Task Update_changes_the_user_and_a_stale_concurrency_stamp_answers_409()
    {
        var session = await fixture.SignUpAsync();
        var user = await session.CreateUserAsync("frank", "staff");
        var staleStamp = user.GetProperty("concurrencyStamp").GetString();

        var updated = await session.Admin.PutAsync($"/api/identity/users/{user.Id()}", new
        {
            name = "Frank Renamed",
            email = $"frank.new@{session.Slug}.test",
            roleNames = new[] { "marketing-head" },
            isActive = true,
            concurrencyStamp = staleStamp,
        });
        var body = await updated.ReadAsAsync<JsonElement>();
        var stale = await session.Admin.PutAsync($"/api/identity/users/{user.Id()}", new
        {
            name = "Lost update",
            email = $"frank@{session.Slug}.test",
            roleNames = Array.Empty<string>(),
            isActive = true,
            concurrencyStamp = staleStamp,
        });

        body.GetProperty("name").GetString().ShouldBe("Frank Renamed");
        body.GetProperty("email").GetString().ShouldBe($"frank.new@{session.Slug}.test");
        body.GetProperty("roleNames").EnumerateArray().Select(r => r.GetString()).ShouldBe(["marketing-head"]);
        body.GetProperty("concurrencyStamp").GetString().ShouldNotBe(staleStamp);
        await stale.ShouldBeProblemAsync(HttpStatusCode.Conflict, "Framework:ConcurrencyConflict");
        var read = await session.Admin.GetJsonAsync<JsonElement>($"/api/identity/users/{user.Id()}");
        read.GetProperty("name").GetString().ShouldBe("Frank Renamed");
    }

    [Fact]
    public async Task Update_sets_and_clears_the_phone_number_and_refuses_a_malformed_one()
    {
        var session = await fixture.SignUpAsync();
        var user = await session.CreateUserAsync("phil", "staff");
        object Body(string? phone, string stamp) => new
        {
            name = "Phil", email = $"phil@{session.Slug}.test", phoneNumber = phone, roleNames = new[] { "staff" }, isActive = true, concurrencyStamp = stamp,
        };

        var set = await (await session.Admin.PutAsync($"/api/identity/users/{user.Id()}", Body(" +86 138 0013 8000 ", user.GetProperty("concurrencyStamp").GetString()!))).ReadAsAsync<JsonElement>();
        var bad = await session.Admin.PutAsync($"/api/identity/users/{user.Id()}", Body("call me maybe", set.GetProperty("concurrencyStamp").GetString()!));
        var cleared = await (await session.Admin.PutAsync($"/api/identity/users/{user.Id()}", Body(null, set.GetProperty("concurrencyStamp").GetString()!))).ReadAsAsync<JsonElement>();

        set.GetProperty("phoneNumber").GetString().ShouldBe("+86 138 0013 8000");
        (await bad.ReadProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("phoneNumber", out _).ShouldBeTrue();
        cleared.GetProperty("phoneNumber").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public async Task Update_without_concurrency_stamp_answers_400()
    {
        var session = await fixture.SignUpAsync();
        var user = await session.CreateUserAsync("gina");

        var response = await session.Admin.PutAsync($"/api/identity/users/{user.Id()}", new { name = "Gina", email = "gina@x.test", isActive = true });

        (await response.ReadProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("concurrencyStamp", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task Deleting_a_user_removes_it_but_nobody_can_delete_or_lock_themselves()
    {
        var session = await fixture.SignUpAsync();
        var user = await session.CreateUserAsync("hank");
        var me = await session.Admin.GetJsonAsync<JsonElement>("/api/account/me");

        var deleteSelf = await session.Admin.DeleteAsync($"/api/identity/users/{me.Id()}");
        var lockSelf = await session.Admin.PostAsync($"/api/identity/users/{me.Id()}/lock", null);
        var delete = await session.Admin.DeleteAsync($"/api/identity/users/{user.Id()}");

        await deleteSelf.ShouldBeProblemAsync((HttpStatusCode)422, "MarketingSaaS:CannotDeleteSelf");
        await lockSelf.ShouldBeProblemAsync((HttpStatusCode)422, "MarketingSaaS:CannotDeleteSelf");
        delete.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await session.Admin.GetAsync($"/api/identity/users/{user.Id()}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await session.TrySignInAsync("hank", TestAccounts.UserPassword)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_locked_user_cannot_sign_in_until_unlocked()
    {
        var session = await fixture.SignUpAsync();
        var user = await session.CreateUserAsync("ivan");

        var locked = await session.Admin.PostJsonAsync<JsonElement>($"/api/identity/users/{user.Id()}/lock", null);
        var whileLocked = await session.TrySignInAsync("ivan", TestAccounts.UserPassword);
        var unlocked = await session.Admin.PostJsonAsync<JsonElement>($"/api/identity/users/{user.Id()}/unlock", null);
        var afterUnlock = await session.TrySignInAsync("ivan", TestAccounts.UserPassword);

        locked.GetProperty("isLockedOut").GetBoolean().ShouldBeTrue();
        await whileLocked.ShouldBeProblemAsync(HttpStatusCode.Locked, "MarketingSaaS:LockedOut");
        unlocked.GetProperty("isLockedOut").GetBoolean().ShouldBeFalse();
        afterUnlock.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_deactivated_user_cannot_sign_in_and_the_admin_cannot_deactivate_themselves()
    {
        var session = await fixture.SignUpAsync();
        var user = await session.CreateUserAsync("judy");
        var me = await session.Admin.GetJsonAsync<JsonElement>($"/api/identity/users/{(await session.Admin.GetJsonAsync<JsonElement>("/api/account/me")).Id()}");

        await session.Admin.PutAsync($"/api/identity/users/{user.Id()}", new
        {
            name = "Judy",
            email = $"judy@{session.Slug}.test",
            isActive = false,
            concurrencyStamp = user.GetProperty("concurrencyStamp").GetString(),
        });
        var selfDeactivation = await session.Admin.PutAsync($"/api/identity/users/{me.Id()}", new
        {
            name = "Admin",
            email = me.GetProperty("email").GetString(),
            roleNames = new[] { "admin" },
            isActive = false,
            concurrencyStamp = me.GetProperty("concurrencyStamp").GetString(),
        });

        await (await session.TrySignInAsync("judy", TestAccounts.UserPassword)).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "MarketingSaaS:UserInactive");
        await selfDeactivation.ShouldBeProblemAsync((HttpStatusCode)422, "MarketingSaaS:CannotDeleteSelf");
    }

    [Fact]
    public async Task Admin_resets_a_password_and_a_weak_one_answers_400()
    {
        var session = await fixture.SignUpAsync();
        var user = await session.CreateUserAsync("kate");

        var weak = await session.Admin.PutAsync($"/api/identity/users/{user.Id()}/password", new { newPassword = "alllowercase1" });
        var reset = await session.Admin.PutAsync($"/api/identity/users/{user.Id()}/password", new { newPassword = "Changed@12345" });

        await weak.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "MarketingSaaS:PasswordTooWeak");
        reset.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await session.TrySignInAsync("kate", TestAccounts.UserPassword)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await session.TrySignInAsync("kate", "Changed@12345")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task The_plan_limits_the_number_of_users()
    {
        var session = await fixture.SignUpAsync();
        using (var scope = fixture.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<TenantFeatureManager>().SetAsync(session.TenantId, MarketingSaaSFeatures.MaxUserCount, "2");
        }

        await session.CreateUserAsync("liam");
        var overLimit = await session.Admin.PostAsync("/api/identity/users", IdentityTestExtensions.NewUser(session, "mia"));

        var problem = await overLimit.ReadProblemAsync((HttpStatusCode)422);
        problem.GetProperty("code").GetString().ShouldBe("MarketingSaaS:MaxUserCountReached");
        problem.GetProperty("data").GetProperty("max").GetInt32().ShouldBe(2);
    }

    [Fact]
    public async Task Staff_without_grants_cannot_manage_users()
    {
        var session = await fixture.SignUpAsync();
        var staff = await session.CreateStaffClientAsync();
        var admin = (await session.Admin.GetJsonAsync<JsonElement>("/api/account/me")).Id();

        var list = await staff.GetAsync("/api/identity/users");
        var create = await staff.PostAsync("/api/identity/users", IdentityTestExtensions.NewUser(session, "sneaky"));
        var delete = await staff.DeleteAsync($"/api/identity/users/{admin}");
        var lockAdmin = await staff.PostAsync($"/api/identity/users/{admin}/lock", null);

        await list.ShouldBeProblemAsync(HttpStatusCode.Forbidden, "Framework:PermissionDenied");
        await create.ShouldBeProblemAsync(HttpStatusCode.Forbidden, "Framework:PermissionDenied");
        await delete.ShouldBeProblemAsync(HttpStatusCode.Forbidden, "Framework:PermissionDenied");
        await lockAdmin.ShouldBeProblemAsync(HttpStatusCode.Forbidden, "Framework:PermissionDenied");
    }
}

public sealed class UserApiTestsOnSqlite(SqliteApiFixture fixture) : UserApiTests(fixture), IClassFixture<SqliteApiFixture>;

public sealed class UserApiTestsOnPostgreSql(PostgreSqlApiFixture fixture) : UserApiTests(fixture), IClassFixture<PostgreSqlApiFixture>;
