using System.Net;
using System.Text.Json;
using MarketingSaaS.Events.TextTemplates;
using MarketingSaaS.TestBase.Clients;
using MarketingSaaS.TestBase.Emailing;
using MarketingSaaS.TestBase.Hosting;
using Shouldly;
using Xunit;

namespace MarketingSaaS.Events.Tests.Registrations;

/// <summary>
/// Registrants' e-mails through the real queue and a real SMTP receiver: in the language of the page they registered
/// on, with times in the company's zone (Asia/Shanghai), their code and their own page's link; waiting list and promotion.
/// </summary>
public abstract class RegistrationEmailTests(ApiFixture fixture, SmtpReceiver smtp)
{
    [Fact]
    public async Task A_confirmed_registrant_gets_the_check_in_code_and_the_link_to_their_page()
    {
        var session = await fixture.SignUpWithEventsAsync();
        var eventId = await session.CreateOpenEventAsync(capacity: 5, name: "Spring salon");
        var email = Address();

        var registration = await Anonymous("en").RegisterJsonAsync(session.PublicUrl(eventId), "Li Lei", email);

        var code = registration.GetProperty("checkInCode").GetString();
        var mail = await smtp.WaitForMailToAsync(email);
        mail.Subject.ShouldBe("You are registered: Spring salon");
        mail.Body.ShouldStartWith("Hello Li Lei,");
        mail.Body.ShouldContain("When: 2026-04-10 09:00 – 2026-04-10 13:00 (Asia/Shanghai)");
        mail.Body.ShouldContain("Where: Shanghai");
        mail.Body.ShouldContain($"Your check-in code: {code}");
        mail.Body.ShouldContain($"{RegistrationEmailHost.PublicUrl}/register/{session.Slug}/{eventId}/{code}");
    }

    [Fact]
    public async Task A_waiting_listed_registrant_is_told_in_Chinese_and_mailed_again_when_a_seat_opens()
    {
        var session = await fixture.SignUpWithEventsAsync();
        var eventId = await session.CreateOpenEventAsync(capacity: 1, name: "Full salon");
        var url = session.PublicUrl(eventId);
        var first = await Anonymous("en").RegisterJsonAsync(url, "First", Address());
        var waiting = Address();
        await Anonymous("zh-CN").RegisterJsonAsync(url, "王芳", waiting);
        var waitingMail = await smtp.WaitForMailToAsync(waiting);

        (await fixture.Anonymous().PostAsync($"{url}/registrations/{first.GetProperty("checkInCode").GetString()}/cancel", null)).EnsureSuccessStatusCode();

        var mails = await smtp.WaitForMailsToAsync(waiting, 2);
        waitingMail.Subject.ShouldBe("已进入候补名单：Full salon");
        waitingMail.Body.ShouldContain("「Full salon」名额已满，您已进入候补名单。");
        waitingMail.Body.ShouldNotContain("签到码");
        mails[1].Subject.ShouldBe("候补转正，您已获得名额：Full salon");
        mails[1].Body.ShouldContain("有名额空出：您已从候补转为「Full salon」的正式报名。");
        mails[1].Body.ShouldContain("您的签到码：");
    }

    [Fact]
    public async Task The_companys_own_text_replaces_the_default()
    {
        var session = await fixture.SignUpWithEventsAsync();
        (await session.Admin.PutAsync($"/api/text-templates/{EventsTemplateNames.RegistrationEmail}/en", new { content = "See you at {{eventName}}, {{recipientName}}! Code {{checkInCode}}." }))
            .EnsureSuccessStatusCode();
        var eventId = await session.CreateOpenEventAsync(capacity: 5, name: "Own salon");
        var email = Address();

        var registration = await Anonymous("en").RegisterJsonAsync(session.PublicUrl(eventId), "Jo", email);

        (await smtp.WaitForMailToAsync(email)).Body.Trim().ShouldBe($"See you at Own salon, Jo! Code {registration.GetProperty("checkInCode").GetString()}.");
    }

    [Fact]
    public async Task Another_companys_template_text_does_not_reach_this_companys_registrants()
    {
        var other = await fixture.SignUpWithEventsAsync();
        (await other.Admin.PutAsync($"/api/text-templates/{EventsTemplateNames.RegistrationEmail}/en", new { content = "Other company's text" })).EnsureSuccessStatusCode();
        var session = await fixture.SignUpWithEventsAsync();
        var eventId = await session.CreateOpenEventAsync(capacity: 5, name: "Mine");
        var email = Address();

        await Anonymous("en").RegisterJsonAsync(session.PublicUrl(eventId), "Li Lei", email);

        var mail = await smtp.WaitForMailToAsync(email);
        mail.Body.ShouldStartWith("Hello Li Lei,");
        mail.Body.ShouldNotContain("Other company");
    }

    private static string Address() => $"{Guid.NewGuid():N}@example.com";

    private ApiClient Anonymous(string language)
    {
        var client = fixture.Anonymous();
        client.Http.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        return client;
    }
}

public sealed class RegistrationEmailTestsOnSqlite(RegistrationEmailSqliteApiFixture fixture)
    : RegistrationEmailTests(fixture, fixture.Smtp), IClassFixture<RegistrationEmailSqliteApiFixture>;

public sealed class RegistrationEmailTestsOnPostgreSql(RegistrationEmailPostgreSqlApiFixture fixture)
    : RegistrationEmailTests(fixture, fixture.Smtp), IClassFixture<RegistrationEmailPostgreSqlApiFixture>;
