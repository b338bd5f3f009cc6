using System.Net;
using System.Text.Json;
using MarketingSaaS.HttpApi.Tests.Identity;
using MarketingSaaS.TestBase;
using MarketingSaaS.TestBase.Clients;
using MarketingSaaS.TestBase.Hosting;
using Shouldly;
using Xunit;

namespace MarketingSaaS.HttpApi.Tests.Account;

/// <summary>Locking or deactivating an account ends its cookie sessions at their next periodic check.</summary>
public abstract class SessionRevocationTests(ApiFixture fixture)
{
    [Fact]
    public async Task A_locked_users_cookie_session_ends_at_the_next_check()
    {
        var session = await fixture.SignUpAsync();
        var user = await session.CreateUserAsync("lockme", "staff");
        var browser = await CookieClient.SignInAsync(fixture, session.Slug, "lockme", TestAccounts.UserPassword);
        (await browser.Http.GetAsync("/api/account/me")).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await session.Admin.PostAsync($"/api/identity/users/{user.GetProperty("id").GetGuid()}/lock", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        fixture.Factory.Clock.Advance(TimeSpan.FromMinutes(31));

        (await browser.Http.GetAsync("/api/account/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_deactivated_users_cookie_session_ends_at_the_next_check()
    {
        var session = await fixture.SignUpAsync();
        var user = await session.CreateUserAsync("leaver", "staff");
        var browser = await CookieClient.SignInAsync(fixture, session.Slug, "leaver", TestAccounts.UserPassword);
        var current = await session.Admin.GetJsonAsync<JsonElement>($"/api/identity/users/{user.GetProperty("id").GetGuid()}");

        var update = await session.Admin.PutAsync($"/api/identity/users/{user.GetProperty("id").GetGuid()}", new
        {
            name = current.GetProperty("name").GetString(),
            email = current.GetProperty("email").GetString(),
            roleNames = new[] { "staff" },
            isActive = false,
            concurrencyStamp = current.GetProperty("concurrencyStamp").GetString(),
        });
        update.StatusCode.ShouldBe(HttpStatusCode.OK);
        fixture.Factory.Clock.Advance(TimeSpan.FromMinutes(31));

        (await browser.Http.GetAsync("/api/account/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }
}

public sealed class SessionRevocationTestsOnSqlite(SqliteApiFixture fixture) : SessionRevocationTests(fixture), IClassFixture<SqliteApiFixture>;

public sealed class SessionRevocationTestsOnPostgreSql(PostgreSqlApiFixture fixture) : SessionRevocationTests(fixture), IClassFixture<PostgreSqlApiFixture>;
