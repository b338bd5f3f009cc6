using System.Net;
using MarketingSaaS.TestBase.Clients;
using MarketingSaaS.TestBase.Hosting;
using Shouldly;
using Xunit;

namespace MarketingSaaS.HttpApi.Tests.Account;

/// <summary>An invitation's preview and accept share their own per-address limit; the window runs on real time, so one test per host.</summary>
public abstract class InvitationRateLimitTests(ApiFixture fixture)
{
    [Fact]
    public async Task Invitation_requests_beyond_the_limit_answer_429_and_do_not_use_the_password_reset_limit()
    {
        var anonymous = fixture.Anonymous();
        for (var i = 0; i < RateLimitTestSettings.InvitationPerMinute; i++)
        {
            (await anonymous.GetAsync("/api/account/invitation?tenant=no-such-company&token=guess")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        }

        var rejected = await anonymous.PostAsync("/api/account/invitation/accept", new { tenant = "no-such-company", token = "guess", userName = "someone", password = "Guess@12345" });

        (await rejected.ReadProblemAsync(HttpStatusCode.TooManyRequests)).GetProperty("code").GetString().ShouldBe("Framework:TooManyRequests");
        (await anonymous.PostAsync("/api/account/forgot-password", new { tenant = "no-such-company", userNameOrEmail = "someone@example.test" }))
            .StatusCode.ShouldBe(HttpStatusCode.Accepted);
    }
}

public sealed class InvitationRateLimitTestsOnSqlite(RateLimitedSqliteApiFixture fixture) : InvitationRateLimitTests(fixture), IClassFixture<RateLimitedSqliteApiFixture>;

public sealed class InvitationRateLimitTestsOnPostgreSql(RateLimitedPostgreSqlApiFixture fixture) : InvitationRateLimitTests(fixture), IClassFixture<RateLimitedPostgreSqlApiFixture>;
