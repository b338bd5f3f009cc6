using System.Net;
using System.Text.Json;
using MarketingSaaS.TestBase;
using MarketingSaaS.TestBase.Clients;
using MarketingSaaS.TestBase.Hosting;
using Shouldly;
using Xunit;

namespace MarketingSaaS.HttpApi.Tests.Account;

public abstract class ProfileApiTests(ApiFixture fixture)
{
    [Fact]
    public async Task Change_password_with_the_right_current_password_switches_the_password()
    {
        var session = await fixture.SignUpAsync();

        var response = await session.Admin.PostAsync("/api/account/change-password", new { currentPassword = TestAccounts.AdminPassword, newPassword = "Changed@12345" });

        response.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await SignInAsync(session.Slug, TestAccounts.AdminPassword)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await SignInAsync(session.Slug, "Changed@12345")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Change_password_with_a_wrong_current_password_answers_422_and_keeps_the_password()
    {
        var session = await fixture.SignUpAsync();

        var response = await session.Admin.PostAsync("/api/account/change-password", new { currentPassword = "Wrong@12345", newPassword = "Changed@12345" });

        (await response.ReadProblemAsync((HttpStatusCode)422)).GetProperty("code").GetString().ShouldBe("MarketingSaaS:WrongPassword");
        (await SignInAsync(session.Slug, TestAccounts.AdminPassword)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Change_password_to_a_weak_one_answers_400_and_keeps_the_password()
    {
        var session = await fixture.SignUpAsync();

        var response = await session.Admin.PostAsync("/api/account/change-password", new { currentPassword = TestAccounts.AdminPassword, newPassword = "weakpassword" });

        (await response.ReadProblemAsync(HttpStatusCode.BadRequest)).GetProperty("code").GetString().ShouldBe("MarketingSaaS:PasswordTooWeak");
        (await SignInAsync(session.Slug, TestAccounts.AdminPassword)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Update_profile_changes_name_and_email()
    {
        var session = await fixture.SignUpAsync();
        var email = $"new-admin@{session.Slug}.test";

        var profile = await (await session.Admin.PutAsync("/api/account/profile", new { name = "张伟", email })).ReadAsAsync<JsonElement>();

        profile.GetProperty("name").GetString().ShouldBe("张伟");
        profile.GetProperty("email").GetString().ShouldBe(email);
        // A new e-mail renews the security stamp, which ends bearer tokens (docs/security.md): sign in again.
        var admin = await session.SignInAsync(email, TestAccounts.AdminPassword);
        var me = await admin.GetJsonAsync<JsonElement>("/api/account/me");
        me.GetProperty("name").GetString().ShouldBe("张伟");
        me.GetProperty("email").GetString().ShouldBe(email);
        (await SignInAsync(session.Slug, TestAccounts.AdminPassword, userName: email)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Update_profile_with_an_invalid_email_answers_400_for_the_email_field()
    {
        var session = await fixture.SignUpAsync();

        var response = await session.Admin.PutAsync("/api/account/profile", new { name = "Admin", email = "not-an-email" });

        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        problem.GetProperty("errors").TryGetProperty("email", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task Update_profile_with_an_email_taken_in_the_same_company_answers_422()
    {
        var session = await fixture.SignUpAsync();
        var taken = $"colleague@{session.Slug}.test";
        await TenantUsers.CreateAsync(fixture, session.TenantId, "colleague", taken, TestAccounts.UserPassword);

        var response = await session.Admin.PutAsync("/api/account/profile", new { name = "Admin", email = taken.ToUpperInvariant() });

        var problem = await response.ReadProblemAsync((HttpStatusCode)422);
        problem.GetProperty("code").GetString().ShouldBe("MarketingSaaS:EmailTaken");
        problem.GetProperty("title").GetString()!.ShouldContain(taken.ToUpperInvariant());
        var me = await session.Admin.GetJsonAsync<JsonElement>("/api/account/me");
        me.GetProperty("email").GetString().ShouldBe($"admin@{session.Slug}.test");
    }

    [Fact]
    public async Task An_email_used_in_another_company_is_free_to_take()
    {
        var a = await fixture.SignUpAsync();
        var b = await fixture.SignUpAsync();

        var response = await a.Admin.PutAsync("/api/account/profile", new { name = "Admin", email = $"admin@{b.Slug}.test" });

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Profile_and_password_endpoints_require_sign_in()
    {
        var anonymous = fixture.Anonymous();

        (await anonymous.PutAsync("/api/account/profile", new { name = "X", email = "x@example.test" })).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await anonymous.PostAsync("/api/account/change-password", new { currentPassword = "a", newPassword = "b" })).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    private Task<HttpResponseMessage> SignInAsync(string slug, string password, string userName = "admin") =>
        fixture.Anonymous().PostAsync("/api/account/sign-in", new { tenant = slug, userName, password });
}

public sealed class ProfileApiTestsOnSqlite(SqliteApiFixture fixture) : ProfileApiTests(fixture), IClassFixture<SqliteApiFixture>;

public sealed class ProfileApiTestsOnPostgreSql(PostgreSqlApiFixture fixture) : ProfileApiTests(fixture), IClassFixture<PostgreSqlApiFixture>;
