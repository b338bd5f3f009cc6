using System.Net;
using System.Text.Json;
using MarketingSaaS.HttpApi.Tests.Host;
using MarketingSaaS.HttpApi.Tests.Identity;
using MarketingSaaS.TestBase;
using MarketingSaaS.TestBase.Clients;
using MarketingSaaS.TestBase.Hosting;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Shouldly;
using Xunit;

namespace MarketingSaaS.HttpApi.Tests.Account;

/// <summary>
/// Every request checks the user's security stamp: deactivation, lock, role change, password change and sign-out end
/// existing cookies and bearer tokens on the node that made the change at once (no clock advance here).
/// </summary>
public abstract class SessionRevocationTests(ApiFixture fixture)
{
    [Fact]
    public async Task A_deactivated_users_bearer_token_is_refused_at_once()
    {
        var session = await fixture.SignUpAsync();
        var userId = (await session.CreateUserAsync("leaver", "staff")).GetProperty("id").GetGuid();
        var token = await session.SignInAsync("leaver", TestAccounts.UserPassword);
        (await token.GetAsync("/api/account/me")).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await UpdateUserAsync(session, userId, isActive: false, roleNames: ["staff"])).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await token.GetAsync("/api/account/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_deactivated_users_cookie_is_refused_at_once()
    {
        var session = await fixture.SignUpAsync();
        var userId = (await session.CreateUserAsync("leaver", "staff")).GetProperty("id").GetGuid();
        var browser = await CookieClient.SignInAsync(fixture, session.Slug, "leaver", TestAccounts.UserPassword);
        (await browser.Http.GetAsync("/api/account/me")).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await UpdateUserAsync(session, userId, isActive: false, roleNames: ["staff"])).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await browser.Http.GetAsync("/api/account/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_refused_cookie_is_deleted()
    {
        var session = await fixture.SignUpAsync();
        var userId = (await session.CreateUserAsync("leaver", "staff")).GetProperty("id").GetGuid();
        var browser = await CookieClient.SignInAsync(fixture, session.Slug, "leaver", TestAccounts.UserPassword);
        (await UpdateUserAsync(session, userId, isActive: false, roleNames: ["staff"])).StatusCode.ShouldBe(HttpStatusCode.OK);

        await browser.Http.GetAsync("/api/account/me");

        browser.Cookie("msaas.auth").ShouldBeNull();
    }

    [Fact]
    public async Task A_locked_users_token_is_refused_at_once()
    {
        var session = await fixture.SignUpAsync();
        var userId = (await session.CreateUserAsync("lockme", "staff")).GetProperty("id").GetGuid();
        var token = await session.SignInAsync("lockme", TestAccounts.UserPassword);
        (await token.GetAsync("/api/account/me")).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await session.Admin.PostAsync($"/api/identity/users/{userId}/lock", null)).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await token.GetAsync("/api/account/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_role_change_ends_the_users_token()
    {
        var session = await fixture.SignUpAsync();
        var userId = (await session.CreateUserAsync("mover", "marketing-head")).GetProperty("id").GetGuid();
        var token = await session.SignInAsync("mover", TestAccounts.UserPassword);
        (await token.GetAsync("/api/account/me")).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await UpdateUserAsync(session, userId, isActive: true, roleNames: ["staff"])).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await token.GetAsync("/api/account/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_deleted_role_ends_its_members_tokens()
    {
        var session = await fixture.SignUpAsync();
        var role = await session.Admin.PostJsonAsync<JsonElement>("/api/identity/roles", new { name = "temporary" });
        await session.CreateUserAsync("member", "temporary");
        var token = await session.SignInAsync("member", TestAccounts.UserPassword);
        (await token.GetAsync("/api/account/me")).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await session.Admin.DeleteAsync($"/api/identity/roles/{role.GetProperty("id").GetGuid()}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await token.GetAsync("/api/account/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_password_reset_by_the_admin_ends_the_users_token()
    {
        var session = await fixture.SignUpAsync();
        var userId = (await session.CreateUserAsync("forgetful", "staff")).GetProperty("id").GetGuid();
        var token = await session.SignInAsync("forgetful", TestAccounts.UserPassword);
        (await token.GetAsync("/api/account/me")).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await session.Admin.PutAsync($"/api/identity/users/{userId}/password", new { newPassword = "Reset@24680" })).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await token.GetAsync("/api/account/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_password_change_ends_the_users_other_sessions()
    {
        var session = await fixture.SignUpAsync();
        await session.CreateUserAsync("changer", "staff");
        var browser = await CookieClient.SignInAsync(fixture, session.Slug, "changer", TestAccounts.UserPassword);
        var otherDevice = await session.SignInAsync("changer", TestAccounts.UserPassword);
        (await otherDevice.GetAsync("/api/account/me")).StatusCode.ShouldBe(HttpStatusCode.OK);
        await browser.Http.GetAsync("/api/account/me");

        (await browser.PostAsync("/api/account/change-password", new { currentPassword = TestAccounts.UserPassword, newPassword = "Changed@24680" }, withXsrfHeader: true))
            .StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await otherDevice.GetAsync("/api/account/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_password_change_keeps_the_cookie_it_was_made_with()
    {
        var session = await fixture.SignUpAsync();
        await session.CreateUserAsync("changer", "staff");
        var browser = await CookieClient.SignInAsync(fixture, session.Slug, "changer", TestAccounts.UserPassword);
        await browser.Http.GetAsync("/api/account/me");

        (await browser.PostAsync("/api/account/change-password", new { currentPassword = TestAccounts.UserPassword, newPassword = "Changed@24680" }, withXsrfHeader: true))
            .StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await browser.Http.GetAsync("/api/account/me")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Sign_out_ends_a_copy_of_the_cookie_taken_before()
    {
        var session = await fixture.SignUpAsync();
        await session.CreateUserAsync("leaving", "staff");
        var browser = await CookieClient.SignInAsync(fixture, session.Slug, "leaving", TestAccounts.UserPassword);
        await browser.Http.GetAsync("/api/account/me");
        var copy = CopyOf(browser);
        (await copy.GetAsync("/api/account/me")).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await browser.PostAsync("/api/account/sign-out", null, withXsrfHeader: true)).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await copy.GetAsync("/api/account/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Sign_out_ends_the_bearer_token_it_was_made_with()
    {
        var session = await fixture.SignUpAsync();
        await session.CreateUserAsync("leaving", "staff");
        var token = await session.SignInAsync("leaving", TestAccounts.UserPassword);

        (await token.PostAsync("/api/account/sign-out", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await token.GetAsync("/api/account/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_host_operators_sign_out_ends_their_token()
    {
        var userName = "op-" + Guid.NewGuid().ToString("N")[..8];
        await HostTestData.CreateHostUserAsync(fixture, userName, "Operator@24680");
        var token = await HostAdmin.SignInAsync(fixture, userName, "Operator@24680");
        (await token.GetAsync("/api/host/tenants")).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await token.PostAsync("/api/account/sign-out", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await token.GetAsync("/api/host/tenants")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_bearer_sign_in_issues_no_refresh_token()
    {
        var session = await fixture.SignUpAsync();

        var answer = await fixture.Anonymous().PostJsonAsync<JsonElement>("/api/account/sign-in", new { tenant = session.Slug, userName = "admin", password = TestAccounts.AdminPassword });

        answer.EnumerateObject().Select(p => p.Name).Order().ShouldBe(["accessToken", "expiresIn", "tokenType"]);
    }

    [Fact]
    public async Task A_bearer_token_ends_after_an_hour()
    {
        var session = await fixture.SignUpAsync();
        var token = await session.SignInAsync("admin", TestAccounts.AdminPassword);

        fixture.Factory.Clock.Advance(TimeSpan.FromHours(1) + TimeSpan.FromSeconds(1));

        (await token.GetAsync("/api/account/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    private static async Task<HttpResponseMessage> UpdateUserAsync(TenantSession session, Guid userId, bool isActive, string[] roleNames)
    {
        var current = await session.Admin.GetJsonAsync<JsonElement>($"/api/identity/users/{userId}");
        return await session.Admin.PutAsync($"/api/identity/users/{userId}", new
        {
            name = current.GetProperty("name").GetString(),
            email = current.GetProperty("email").GetString(),
            roleNames,
            isActive,
            concurrencyStamp = current.GetProperty("concurrencyStamp").GetString(),
        });
    }

    /// <summary>Another client that carries the same auth cookie, as an attacker who copied it would.</summary>
    private HttpClient CopyOf(CookieClient browser)
    {
        var cookies = new System.Net.CookieContainer();
        var address = browser.Http.BaseAddress!;
        cookies.Add(address, new Cookie("msaas.auth", browser.Cookie("msaas.auth")));
        return fixture.Factory.CreateDefaultClient(new CookieContainerHandler(cookies));
    }
}

public sealed class SessionRevocationTestsOnSqlite(SqliteApiFixture fixture) : SessionRevocationTests(fixture), IClassFixture<SqliteApiFixture>;

public sealed class SessionRevocationTestsOnPostgreSql(PostgreSqlApiFixture fixture) : SessionRevocationTests(fixture), IClassFixture<PostgreSqlApiFixture>;
