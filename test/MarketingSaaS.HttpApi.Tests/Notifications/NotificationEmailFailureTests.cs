using System.Net;
using System.Net.Mail;
using MarketingSaaS.Framework.BackgroundJobs;
using MarketingSaaS.Framework.MultiTenancy;
using MarketingSaaS.HttpApi.Tests.Approvals;
using MarketingSaaS.Notifications;
using MarketingSaaS.TestBase.Clients;
using MarketingSaaS.TestBase.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace MarketingSaaS.HttpApi.Tests.Notifications;

/// <summary>A mail server that is down delays mail, never a user's request: the job fails (so the queue retries it).</summary>
public abstract class NotificationEmailFailureTests(ApiFixture fixture)
{
    [Fact]
    public async Task The_request_succeeds_while_the_mail_job_fails()
    {
        var s = await ApprovalEngineScenario.CreateAsync(fixture);

        var response = await s["researcher"].PostAsync(ApprovalEngineScenario.Url, ApprovalEngineScenario.Request("down-" + Guid.NewGuid().ToString("N"), 60_000m));

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var notification = (await s["director"].GetNotificationsAsync()).ShouldHaveSingleItem();
        using var scope = fixture.Services.CreateScope();
        using (scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(s.Session.TenantId))
        {
            var job = scope.ServiceProvider.GetRequiredService<IBackgroundJob<SendNotificationEmailArgs>>();
            var args = new SendNotificationEmailArgs(notification.Id(), $"director@{s.Session.Slug}.test", "Name of director", "zh-Hans", notification.Title(), notification.Body(), null);
            await Should.ThrowAsync<SmtpException>(() => job.ExecuteAsync(args, CancellationToken.None));
        }
    }
}

public sealed class NotificationEmailFailureTestsOnSqlite(SqliteClosedSmtpApiFixture fixture)
    : NotificationEmailFailureTests(fixture), IClassFixture<SqliteClosedSmtpApiFixture>;

public sealed class NotificationEmailFailureTestsOnPostgreSql(PostgreSqlClosedSmtpApiFixture fixture)
    : NotificationEmailFailureTests(fixture), IClassFixture<PostgreSqlClosedSmtpApiFixture>;
