using System.Net;
using System.Text.Json;
using MarketingSaaS.HttpApi.Tests.Approvals;
using MarketingSaaS.Notifications;
using MarketingSaaS.TestBase;
using MarketingSaaS.TestBase.Clients;
using MarketingSaaS.TestBase.Emailing;
using MarketingSaaS.TestBase.Hosting;
using Shouldly;
using Xunit;

namespace MarketingSaaS.HttpApi.Tests.Notifications;

/// <summary>A mail server that is down delays mail, never a user's request: the job fails (so the queue retries it).</summary>
public abstract class NotificationEmailFailureTests(ApiFixture fixture)
{
    [Fact]
    public async Task The_request_succeeds_while_the_mail_job_fails_and_waits_for_its_next_try()
    {
        var s = await ApprovalEngineScenario.CreateAsync(fixture);

        var response = await s["researcher"].PostAsync(ApprovalEngineScenario.Url, ApprovalEngineScenario.Request("down-" + Guid.NewGuid().ToString("N"), 60_000m));

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        (await s["director"].GetNotificationsAsync()).ShouldHaveSingleItem();
        var failed = await WaitForFailedMailJobAsync(s.Session.Admin);
        failed.GetProperty("tryCount").GetInt32().ShouldBe(1);
        var details = await s.Session.Admin.GetJsonAsync<JsonElement>($"/api/background-jobs/{failed.Id()}");
        details.GetProperty("lastError").GetString().ShouldNotBeNull().ShouldContain("SmtpException");
        details.GetProperty("nextTryTime").GetDateTimeOffset().ShouldBeGreaterThan(fixture.Factory.Clock.GetUtcNow());
    }

    private static async Task<JsonElement> WaitForFailedMailJobAsync(ApiClient admin)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var page = await admin.GetJsonAsync<JsonElement>("/api/background-jobs?state=Failed");
            var mail = page.GetProperty("items").EnumerateArray().FirstOrDefault(j => j.GetProperty("jobName").GetString() == SendNotificationEmailJob.Name);
            if (mail.ValueKind == JsonValueKind.Object)
            {
                return mail;
            }

            await Task.Delay(100);
        }

        throw new ShouldAssertException("no failed mail job after 10 s");
    }
}

public sealed class NotificationEmailFailureTestsOnSqlite(SqliteClosedSmtpApiFixture fixture)
    : NotificationEmailFailureTests(fixture), IClassFixture<SqliteClosedSmtpApiFixture>;

public sealed class NotificationEmailFailureTestsOnPostgreSql(PostgreSqlClosedSmtpApiFixture fixture)
    : NotificationEmailFailureTests(fixture), IClassFixture<PostgreSqlClosedSmtpApiFixture>;
