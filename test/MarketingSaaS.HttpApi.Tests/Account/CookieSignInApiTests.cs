using System.Net;
using System.Net.Http.Json;
using MarketingSaaS.TestBase;
using MarketingSaaS.TestBase.Clients;
using MarketingSaaS.TestBase.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Shouldly;
using Xunit;

namespace MarketingSaaS.HttpApi.Tests.Account;

/// <summary>Portal sign-in: an HttpOnly auth cookie plus Angular's XSRF-TOKEN cookie / X-XSRF-TOKEN header.</summary>
public abstract class CookieSignInApiTests(ApiFixture fixture)
{
    [Fact]
    public async Task Cookie_sign_in_sets_an_http_only_lax_auth_cookie_and_a_readable_xsrf_cookie()
    {
        var session = await fixture.SignUpAsync();
        var raw = fixture.Factory.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false });

        var response = await raw.PostAsJsonAsync("/api/account/sign-in", new { tenant = session.Slug, userName = "admin", password = TestAccounts.AdminPassword, useCookie = true });

        response.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var cookies = response.Headers.GetValues("Set-Cookie").ToList();
        var auth = cookies.Single(c => c.StartsWith("msaas.auth=", StringComparison.Ordinal)).ToLowerInvariant();
        auth.ShouldContain("httponly");
        auth.ShouldContain("samesite=lax");
        auth.ShouldContain("path=/");
        var xsrf = cookies.Single(c => c.StartsWith("XSRF-TOKEN=", StringComparison.Ordinal)).ToLowerInvariant();
        xsrf.ShouldNotContain("httponly");
        xsrf.ShouldContain("samesite=lax");
        xsrf.ShouldContain("path=/");
        xsrf.Length.ShouldBeGreaterThan("XSRF-TOKEN=;".Length + 20);
    }

    [Fact]
    public async Task The_cookie_authenticates_safe_requests()
    {
        var session = await fixture.SignUpAsync();
        var browser = await CookieClient.SignInAsync(fixture, session.Slug, "admin", TestAccounts.AdminPassword);

        var me = await (await browser.Http.GetAsync("/api/account/me")).ReadAsAsync<System.Text.Json.JsonElement>();

        me.GetProperty("userName").GetString().ShouldBe("admin");
        me.GetProperty("tenantId").GetGuid().ShouldBe(session.TenantId);
    }

    [Fact]
    public async Task An_unsafe_cookie_request_without_the_xsrf_header_answers_400()
    {
        var session = await fixture.SignUpAsync();
        var browser = await CookieClient.SignInAsync(fixture, session.Slug, "admin", TestAccounts.AdminPassword);

        var response = await browser.PutAsync("/api/account/profile", new { name = "Changed", email = $"admin@{session.Slug}.test" }, withXsrfHeader: false);

        (await response.ReadProblemAsync(HttpStatusCode.BadRequest)).GetProperty("code").GetString().ShouldBe("Framework:AntiforgeryFailed");
        var me = await (await browser.Http.GetAsync("/api/account/me")).ReadAsAsync<System.Text.Json.JsonElement>();
        me.GetProperty("name").GetString().ShouldNotBe("Changed");
    }

    [Fact]
    public async Task A_forged_xsrf_header_answers_400()
    {
        var session = await fixture.SignUpAsync();
        var browser = await CookieClient.SignInAsync(fixture, session.Slug, "admin", TestAccounts.AdminPassword);
        var other = await CookieClient.SignInAsync(fixture, session.Slug, "admin", TestAccounts.AdminPassword);
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/account/sign-out") { Content = JsonContent.Create(new { }) };
        request.Headers.Add("X-XSRF-TOKEN", other.Cookie("XSRF-TOKEN"));

        var response = await browser.Http.SendAsync(request);

        (await response.ReadProblemAsync(HttpStatusCode.BadRequest)).GetProperty("code").GetString().ShouldBe("Framework:AntiforgeryFailed");
    }

    [Fact]
    public async Task An_unsafe_cookie_request_echoing_the_xsrf_cookie_succeeds()
    {
        var session = await fixture.SignUpAsync();
        var browser = await CookieClient.SignInAsync(fixture, session.Slug, "admin", TestAccounts.AdminPassword);

        var response = await browser.PutAsync("/api/account/profile", new { name = "Changed", email = $"admin@{session.Slug}.test" }, withXsrfHeader: true);

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var me = await (await browser.Http.GetAsync("/api/account/me")).ReadAsAsync<System.Text.Json.JsonElement>();
        me.GetProperty("name").GetString().ShouldBe("Changed");
    }

    [Fact]
    public async Task Bearer_token_requests_need_no_xsrf_header()
    {
        var session = await fixture.SignUpAsync();

        var response = await session.Admin.PutAsync("/api/account/profile", new { name = "By token", email = $"admin@{session.Slug}.test" });

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Sign_out_ends_the_cookie_session()
    {
        var session = await fixture.SignUpAsync();
        var browser = await CookieClient.SignInAsync(fixture, session.Slug, "admin", TestAccounts.AdminPassword);

        var response = await browser.PostAsync("/api/account/sign-out", new { }, withXsrfHeader: true);

        response.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        browser.Cookie("msaas.auth").ShouldBeNull();
        browser.Cookie("XSRF-TOKEN").ShouldBeNull();
        (await browser.Http.GetAsync("/api/account/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task The_periodic_security_stamp_check_finds_the_user_in_the_cookies_tenant()
    {
        var session = await fixture.SignUpAsync();
        var browser = await CookieClient.SignInAsync(fixture, session.Slug, "admin", TestAccounts.AdminPassword);

        fixture.Factory.Clock.Advance(TimeSpan.FromMinutes(31));

        (await browser.Http.GetAsync("/api/account/me")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Changing_the_password_elsewhere_ends_the_cookie_session_at_the_next_stamp_check()
    {
        var session = await fixture.SignUpAsync();
        var browser = await CookieClient.SignInAsync(fixture, session.Slug, "admin", TestAccounts.AdminPassword);
        var changed = await session.Admin.PostAsync("/api/account/change-password", new { currentPassword = TestAccounts.AdminPassword, newPassword = "Changed@12345" });
        changed.StatusCode.ShouldBe(HttpStatusCode.NoContent);

        fixture.Factory.Clock.Advance(TimeSpan.FromMinutes(31));

        (await browser.Http.GetAsync("/api/account/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Changing_the_password_in_the_cookie_session_keeps_that_session()
    {
        var session = await fixture.SignUpAsync();
        var browser = await CookieClient.SignInAsync(fixture, session.Slug, "admin", TestAccounts.AdminPassword);
        var changed = await browser.PostAsync("/api/account/change-password", new { currentPassword = TestAccounts.AdminPassword, newPassword = "Changed@12345" }, withXsrfHeader: true);
        changed.StatusCode.ShouldBe(HttpStatusCode.NoContent);

        fixture.Factory.Clock.Advance(TimeSpan.FromMinutes(31));

        (await browser.Http.GetAsync("/api/account/me")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}

public sealed class CookieSignInApiTestsOnSqlite(SqliteApiFixture fixture) : CookieSignInApiTests(fixture), IClassFixture<SqliteApiFixture>;

public sealed class CookieSignInApiTestsOnPostgreSql(PostgreSqlApiFixture fixture) : CookieSignInApiTests(fixture), IClassFixture<PostgreSqlApiFixture>;
