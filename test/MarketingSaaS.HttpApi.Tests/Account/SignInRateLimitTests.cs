using System.Net;
using MarketingSaaS.TestBase;
using MarketingSaaS.TestBase.Clients;
using MarketingSaaS.TestBase.Hosting;
using Shouldly;
using Xunit;

namespace MarketingSaaS.HttpApi.Tests.Account;

/// <summary>
/// The limiter's one-minute window runs on real time; its own host and a single test keep the count
/// deterministic (all calls take a few seconds, well inside one window).
/// </summary>
public abstract class SignInRateLimitTests(ApiFixture fixture)
{
    [Fact]
    public async Task Sign_in_beyond_the_limit_answers_429()
    {
        var slug = TestAccounts.NewSlug();
        var anonymous = fixture.Anonymous();
        (await anonymous.PostAsync("/api/account/sign-up", new { companyName = "Company", slug, adminName = "Admin", email = $"admin@{slug}.test", password = TestAccounts.AdminPassword }))
            .StatusCode.ShouldBe(HttpStatusCode.Created);
        var signIn = new { tenant = slug, userName = "admin", password = TestAccounts.AdminPassword };

        for (var i = 0; i < RateLimitTestSettings.SignInPerMinute; i++)
        {
            (await anonymous.PostAsync("/api/account/sign-in", signIn)).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        var rejected = await anonymous.PostAsync("/api/account/sign-in", signIn);

        (await rejected.ReadProblemAsync(HttpStatusCode.TooManyRequests)).GetProperty("code").GetString().ShouldBe("Framework:TooManyRequests");
    }
}

public sealed class SignInRateLimitTestsOnSqlite(RateLimitedSqliteApiFixture fixture) : SignInRateLimitTests(fixture), IClassFixture<RateLimitedSqliteApiFixture>;

public sealed class SignInRateLimitTestsOnPostgreSql(RateLimitedPostgreSqlApiFixture fixture) : SignInRateLimitTests(fixture), IClassFixture<RateLimitedPostgreSqlApiFixture>;
