using System.Net;
using System.Text.Json;
using MarketingSaaS.HttpApi.Tests.Identity;
using MarketingSaaS.Identity;
using MarketingSaaS.TestBase;
using MarketingSaaS.TestBase.Clients;
using MarketingSaaS.TestBase.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace MarketingSaaS.HttpApi.Tests.Account;

/// <summary>
/// Two hosts on one database: a change made on the other node reaches this node's cached stamp within a minute
/// of this node's clock (the test clock; nothing waits).
/// </summary>
public abstract class SessionRevocationAcrossNodesTests(ApiFixture fixture)
{
    [Fact]
    public async Task A_user_deactivated_on_another_node_is_refused_here_within_a_minute()
    {
        var session = await fixture.SignUpAsync();
        var userId = (await session.CreateUserAsync("leaver", "staff")).GetProperty("id").GetGuid();
        var token = await session.SignInAsync("leaver", TestAccounts.UserPassword);
        (await token.GetAsync("/api/account/me")).StatusCode.ShouldBe(HttpStatusCode.OK);
        await using var otherNode = new MarketingApiFactory(fixture.Database, configureServices: services =>
            services.Configure<PasswordHasherOptions>(o => o.IterationCount = ApiFixture.TestPasswordHashIterations));
        await DeactivateOnAsync(otherNode, session.Slug, userId);

        fixture.Factory.Clock.Advance(SecurityStampCache.MaxAge);

        (await token.GetAsync("/api/account/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    private static async Task DeactivateOnAsync(MarketingApiFactory node, string slug, Guid userId)
    {
        var anonymous = new ApiClient(node.CreateClient());
        var signIn = await anonymous.PostJsonAsync<JsonElement>("/api/account/sign-in", new { tenant = slug, userName = "admin", password = TestAccounts.AdminPassword });
        var admin = new ApiClient(node.CreateClient(), accessToken: signIn.GetProperty("accessToken").GetString());
        var current = await admin.GetJsonAsync<JsonElement>($"/api/identity/users/{userId}");
        var update = await admin.PutAsync($"/api/identity/users/{userId}", new
        {
            name = current.GetProperty("name").GetString(),
            email = current.GetProperty("email").GetString(),
            roleNames = new[] { "staff" },
            isActive = false,
            concurrencyStamp = current.GetProperty("concurrencyStamp").GetString(),
        });
        update.StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}

public sealed class SessionRevocationAcrossNodesTestsOnSqlite(SqliteApiFixture fixture) : SessionRevocationAcrossNodesTests(fixture), IClassFixture<SqliteApiFixture>;

public sealed class SessionRevocationAcrossNodesTestsOnPostgreSql(PostgreSqlApiFixture fixture) : SessionRevocationAcrossNodesTests(fixture), IClassFixture<PostgreSqlApiFixture>;
