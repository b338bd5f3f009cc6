using System.Net;
using MarketingSaaS.HttpApi.Tests.Approvals;
using MarketingSaaS.TestBase.Clients;
using MarketingSaaS.TestBase.Emailing;
using MarketingSaaS.TestBase.Hosting;
using Shouldly;
using Xunit;

namespace MarketingSaaS.HttpApi.Tests.Notifications;

/// <summary>Notification mails delivered over SMTP to a real receiver on loopback, honouring the users' preferences.</summary>
public abstract class NotificationEmailTests(ApiFixture fixture, SmtpReceiver smtp)
{
    [Fact]
    public async Task An_approver_receives_the_waiting_for_you_mail_in_their_language()
    {
        var s = await ApprovalEngineScenario.CreateAsync(fixture);
        var id = (await s.SubmitAsync(ApprovalEngineScenario.Request("mail-" + Guid.NewGuid().ToString("N"), 60_000m))).Id();
        var title = (await s.GetAsync("researcher", id)).GetProperty("request").GetProperty("title").GetString()!;
        var director = $"director@{s.Session.Slug}.test";

        var mail = await smtp.WaitForMailToAsync(director);

        mail.EnvelopeTo.ShouldBe([director]);
        mail.EnvelopeFrom.ShouldBe("notify@marketingsaas.test");
        mail.Subject.ShouldBe("待您审批：" + title);
        mail.Body.ShouldStartWith("Name of director，您好：\n\n");
        mail.Body.ShouldContain($"Name of researcher 提交的「{title}」（60,000.00 CNY）等待您审批。");
        mail.Body.ShouldContain($"查看： /approvals/requests/{id}");
        mail.Body.ShouldContain("此邮件由 MarketingSaaS 发送。");
    }

    [Fact]
    public async Task A_user_who_turned_a_kind_off_gets_it_in_the_app_only_and_the_requester_is_mailed_the_decision()
    {
        var s = await ApprovalEngineScenario.CreateAsync(fixture);
        (await s["vp"].PutAsync("/api/notifications/preferences", new { emailKinds = new[] { "ApprovalDecided" } })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await s["researcher"].PutAsync("/api/settings/my-culture", new { culture = "en" })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var id = (await s.SubmitAsync(ApprovalEngineScenario.Request("pref-" + Guid.NewGuid().ToString("N"), 60_000m))).Id();
        (await s.ActAsync("director", id, "approve")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await s.ActAsync("vp", id, "approve", "Fine")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var decided = await smtp.WaitForMailToAsync($"researcher@{s.Session.Slug}.test");

        decided.Subject.ShouldStartWith("Approved: Spring fair pref-");
        decided.Body.ShouldStartWith("Hello Name of researcher,");
        decided.Body.ShouldContain("Comment: Fine");
        (await s["vp"].GetNotificationsAsync()).ShouldHaveSingleItem().Kind().ShouldBe("ApprovalWaiting");
        smtp.FindMailTo($"vp@{s.Session.Slug}.test").ShouldBeNull();
    }
}

public sealed class NotificationEmailTestsOnSqlite(SqliteSmtpApiFixture fixture)
    : NotificationEmailTests(fixture, fixture.Smtp), IClassFixture<SqliteSmtpApiFixture>;

public sealed class NotificationEmailTestsOnPostgreSql(PostgreSqlSmtpApiFixture fixture)
    : NotificationEmailTests(fixture, fixture.Smtp), IClassFixture<PostgreSqlSmtpApiFixture>;
