using System.Net;
using MarketingSaaS.TestBase;
using MarketingSaaS.TestBase.Clients;
using MarketingSaaS.TestBase.Hosting;
using Shouldly;
using Xunit;

namespace MarketingSaaS.HttpApi.Tests.Account;

/// <summary>The limiter's one-minute window runs on real time; its own host and a single test keep the count deterministic.</summary>
public abstract class SignUpRateLimitTests(ApiFixture fixture)
{
    [Fact]
    public async Task Sign_up_beyond_its_own_limit_answers_429_while_sign_in_still_works()
    {
        var anonymous = fixture.Anonymous();
        var slugs = Enumerable.Range(0, RateLimitTestSettings.SignUpPerMinute + 1).Select(_ => TestAccounts.NewSlug()).ToList();

        foreach (var slug in slugs.SkipLast(1))
        {
            (await anonymous.PostAsync("/api/account/sign-up", NewSignUp(slug))).StatusCode.ShouldBe(HttpStatusCode.Created);
        }

        var rejected = await anonymous.PostAsync("/api/account/sign-up", NewSignUp(slugs[^1]));

        var problem = await rejected.ReadProblemAsync(HttpStatusCode.TooManyRequests);
        problem.GetProperty("code").GetString().ShouldBe("Framework:TooManyRequests");
        problem.GetProperty("title").GetString().ShouldNotBeNullOrWhiteSpace();
        var signIn = await anonymous.PostAsync("/api/account/sign-in", new { tenant = slugs[0], userName = "admin", password = TestAccounts.AdminPassword });
        signIn.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    private static object NewSignUp(string slug) =>
        new { companyName = "Company " + slug, slug, adminName = "Admin", email = $"admin@{slug}.test", password = TestAccounts.AdminPassword };
}

public sealed class SignUpRateLimitTestsOnSqlite(RateLimitedSqliteApiFixture fixture) : SignUpRateLimitTests(fixture), IClassFixture<RateLimitedSqliteApiFixture>;

public sealed class SignUpRateLimitTestsOnPostgreSql(RateLimitedPostgreSqlApiFixture fixture) : SignUpRateLimitTests(fixture), IClassFixture<RateLimitedPostgreSqlApiFixture>;
