using System.Net;
using MarketingSaaS.TestBase.Clients;
using MarketingSaaS.TestBase.Hosting;
using Shouldly;
using Xunit;

namespace MarketingSaaS.HttpApi.Tests.Account;

/// <summary>Forgot and reset share one per-address limit; the window runs on real time, so one test per host.</summary>
public abstract class PasswordResetRateLimitTests(ApiFixture fixture)
{
    [Fact]
    public async Task Password_reset_requests_beyond_the_limit_answer_429()
    {
        var anonymous = fixture.Anonymous();
        var request = new { tenant = "no-such-company", userNameOrEmail = "someone@example.test" };
        for (var i = 0; i < RateLimitTestSettings.PasswordResetPerMinute; i++)
        {
            (await anonymous.PostAsync("/api/account/forgot-password", request)).StatusCode.ShouldBe(HttpStatusCode.Accepted);
        }

        var rejected = await anonymous.PostAsync("/api/account/reset-password", new { tenant = "no-such-company", userId = Guid.NewGuid(), token = "x", newPassword = "Renewed@12345" });

        (await rejected.ReadProblemAsync(HttpStatusCode.TooManyRequests)).GetProperty("code").GetString().ShouldBe("Framework:TooManyRequests");
    }
}

public sealed class PasswordResetRateLimitTestsOnSqlite(RateLimitedSqliteApiFixture fixture) : PasswordResetRateLimitTests(fixture), IClassFixture<RateLimitedSqliteApiFixture>;

public sealed class PasswordResetRateLimitTestsOnPostgreSql(RateLimitedPostgreSqlApiFixture fixture) : PasswordResetRateLimitTests(fixture), IClassFixture<RateLimitedPostgreSqlApiFixture>;
