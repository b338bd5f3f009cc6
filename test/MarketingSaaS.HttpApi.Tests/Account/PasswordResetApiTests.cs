using System.Net;
using MarketingSaaS.TestBase;
using MarketingSaaS.TestBase.Clients;
using MarketingSaaS.TestBase.Emailing;
using MarketingSaaS.TestBase.Hosting;
using Shouldly;
using Xunit;

namespace MarketingSaaS.HttpApi.Tests.Account;

/// <summary>Forgotten passwords end to end: the request, the mail through a real SMTP receiver, the link, the reset.</summary>
public abstract class PasswordResetApiTests(ApiFixture fixture, SmtpReceiver smtp)
{
    private const string NewPassword = "Renewed@12345";

    [Fact]
    public async Task The_mailed_link_resets_the_password_once()
    {
        var (slug, _, email) = await CompanyWithUserAsync();

        (await Anonymous("en").PostAsync("/api/account/forgot-password", new { tenant = slug, userNameOrEmail = email })).StatusCode.ShouldBe(HttpStatusCode.Accepted);

        var mail = await smtp.WaitForMailToAsync(email);
        mail.Subject.ShouldBe("Reset your MarketingSaaS password");
        mail.Body.ShouldStartWith("Hello Name of jane,");
        mail.Body.ShouldContain("for 1 hour(s)");
        var link = PasswordResetMails.LinkOf(mail);
        link.Url.ShouldStartWith($"{PasswordResetMails.PublicUrl}/account/reset-password?tenant={slug}&userId=");
        link.Tenant.ShouldBe(slug);

        (await ResetAsync(link, NewPassword)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await SignInAsync(slug, "jane", NewPassword)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await SignInAsync(slug, "jane", TestAccounts.UserPassword)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        await ShouldBeInvalidTokenAsync(await ResetAsync(link, "Another@12345"));
        (await SignInAsync(slug, "jane", NewPassword)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task The_mail_is_in_the_requests_language_and_the_user_name_works_too()
    {
        var (slug, _, email) = await CompanyWithUserAsync();

        (await Anonymous("zh-Hans").PostAsync("/api/account/forgot-password", new { tenant = slug, userNameOrEmail = "jane" })).StatusCode.ShouldBe(HttpStatusCode.Accepted);

        var mail = await smtp.WaitForMailToAsync(email);
        mail.Subject.ShouldBe("重置您的 MarketingSaaS 密码");
        mail.Body.ShouldStartWith("Name of jane，您好：");
        mail.Body.ShouldContain("账号「jane」");
    }

    [Fact]
    public async Task A_weak_password_answers_400_on_the_field_and_leaves_the_link_usable()
    {
        var (slug, _, email) = await CompanyWithUserAsync();
        await Anonymous("en").PostAsync("/api/account/forgot-password", new { tenant = slug, userNameOrEmail = email });
        var link = PasswordResetMails.LinkOf(await smtp.WaitForMailToAsync(email));

        var weak = await (await ResetAsync(link, "weak")).ReadProblemAsync(HttpStatusCode.BadRequest);

        weak.GetProperty("code").GetString().ShouldBe("MarketingSaaS:PasswordTooWeak");
        (await ResetAsync(link, NewPassword)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
    }

    [Fact]
    public async Task An_expired_link_fails()
    {
        var (slug, _, email) = await CompanyWithUserAsync();
        await Anonymous("en").PostAsync("/api/account/forgot-password", new { tenant = slug, userNameOrEmail = email });
        var link = PasswordResetMails.LinkOf(await smtp.WaitForMailToAsync(email));

        fixture.Factory.Clock.Advance(TimeSpan.FromMinutes(61));

        await ShouldBeInvalidTokenAsync(await ResetAsync(link, NewPassword));
        (await SignInAsync(slug, "jane", TestAccounts.UserPassword)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_changed_or_missing_token_fails_with_a_field_error()
    {
        var (slug, userId, email) = await CompanyWithUserAsync();
        await Anonymous("en").PostAsync("/api/account/forgot-password", new { tenant = slug, userNameOrEmail = email });
        var link = PasswordResetMails.LinkOf(await smtp.WaitForMailToAsync(email));

        await ShouldBeInvalidTokenAsync(await ResetAsync(link with { Token = link.Token[..^2] + (link.Token[^2] == 'A' ? "BB" : "AA") }, NewPassword));
        await ShouldBeInvalidTokenAsync(await ResetAsync(link with { Token = "not-a-token" }, NewPassword));
        var missing = await (await Anonymous("en").PostAsync("/api/account/reset-password", new { tenant = slug, userId, newPassword = NewPassword }))
            .ReadProblemAsync(HttpStatusCode.BadRequest);
        missing.GetProperty("errors").TryGetProperty("token", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task An_unknown_user_or_company_gets_the_same_answer_and_no_mail()
    {
        var (slug, _, email) = await CompanyWithUserAsync();
        var client = Anonymous("en");

        var unknownUser = await client.PostAsync("/api/account/forgot-password", new { tenant = slug, userNameOrEmail = $"nobody@{slug}.test" });
        var unknownCompany = await client.PostAsync("/api/account/forgot-password", new { tenant = "no-such-company", userNameOrEmail = email });
        var known = await client.PostAsync("/api/account/forgot-password", new { tenant = slug, userNameOrEmail = email });

        unknownUser.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        unknownCompany.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        known.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        (await unknownUser.Content.ReadAsStringAsync()).ShouldBe(await known.Content.ReadAsStringAsync());
        // Jobs run in order: once the known user's mail is here, a mail for the others would have been sent before it.
        await smtp.WaitForMailToAsync(email);
        smtp.FindMailTo($"nobody@{slug}.test").ShouldBeNull();
        smtp.MailCountTo(email).ShouldBe(1);
    }

    [Fact]
    public async Task Another_companys_user_cannot_be_reached_or_reset()
    {
        var a = await CompanyWithUserAsync();
        var b = await CompanyWithUserAsync();
        var client = Anonymous("en");

        (await client.PostAsync("/api/account/forgot-password", new { tenant = a.Slug, userNameOrEmail = b.Email })).StatusCode.ShouldBe(HttpStatusCode.Accepted);
        (await client.PostAsync("/api/account/forgot-password", new { tenant = b.Slug, userNameOrEmail = b.Email })).StatusCode.ShouldBe(HttpStatusCode.Accepted);
        var linkOfB = PasswordResetMails.LinkOf(await smtp.WaitForMailToAsync(b.Email));
        smtp.MailCountTo(b.Email).ShouldBe(1);

        await ShouldBeInvalidTokenAsync(await ResetAsync(linkOfB with { Tenant = a.Slug }, NewPassword));
        (await SignInAsync(b.Slug, "jane", TestAccounts.UserPassword)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Without_a_company_the_request_answers_400_on_the_tenant_field()
    {
        var problem = await (await Anonymous("en").PostAsync("/api/account/forgot-password", new { userNameOrEmail = "jane" })).ReadProblemAsync(HttpStatusCode.BadRequest);

        problem.GetProperty("errors").TryGetProperty("tenant", out _).ShouldBeTrue();
    }

    private ApiClient Anonymous(string language)
    {
        var client = fixture.Anonymous();
        client.Http.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        return client;
    }

    private async Task<(string Slug, Guid UserId, string Email)> CompanyWithUserAsync()
    {
        var session = await fixture.SignUpAsync();
        var email = $"jane@{session.Slug}.test";
        var created = await session.Admin.PostJsonAsync<System.Text.Json.JsonElement>("/api/identity/users", new
        {
            userName = "jane", name = "Name of jane", email, password = TestAccounts.UserPassword, roleNames = new[] { "staff" }, isActive = true,
        });
        return (session.Slug, created.GetProperty("id").GetGuid(), email);
    }

    private Task<HttpResponseMessage> ResetAsync(ResetLink link, string newPassword) =>
        Anonymous("en").PostAsync("/api/account/reset-password", new { tenant = link.Tenant, userId = link.UserId, token = link.Token, newPassword });

    private Task<HttpResponseMessage> SignInAsync(string slug, string userName, string password) =>
        fixture.Anonymous().PostAsync("/api/account/sign-in", new { tenant = slug, userName, password });

    private static async Task ShouldBeInvalidTokenAsync(HttpResponseMessage response)
    {
        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        problem.GetProperty("errors").GetProperty("token")[0].GetString()
            .ShouldBe("This reset link is not valid: it was already used, it expired or it was changed. Ask for a new one.");
    }
}

public sealed class PasswordResetApiTestsOnSqlite(PasswordResetSqliteApiFixture fixture)
    : PasswordResetApiTests(fixture, fixture.Smtp), IClassFixture<PasswordResetSqliteApiFixture>;

public sealed class PasswordResetApiTestsOnPostgreSql(PasswordResetPostgreSqlApiFixture fixture)
    : PasswordResetApiTests(fixture, fixture.Smtp), IClassFixture<PasswordResetPostgreSqlApiFixture>;
