using System.Net;
using System.Text.Json;
using MarketingSaaS.HttpApi.Tests.Account;
using MarketingSaaS.TestBase.Clients;
using MarketingSaaS.TestBase.Emailing;
using MarketingSaaS.TestBase.Hosting;
using Shouldly;
using Xunit;

namespace MarketingSaaS.HttpApi.Tests.Identity.Invitations;

/// <summary>Invitations end to end: the admin invites, the mail arrives through a real SMTP receiver, the invitee accepts once.</summary>
public abstract class InvitationApiTests(ApiFixture fixture, SmtpReceiver smtp)
{
    private const string Invitations = "/api/identity/invitations";
    private const string Password = "Invited@12345";

    [Fact]
    public async Task The_invitee_accepts_with_the_mailed_link_and_signs_in_with_the_roles_and_language_of_the_invitation()
    {
        var session = await fixture.SignUpAsync();
        var email = $"na.li@{session.Slug}.test";
        var invitation = await InviteAsync(session, email, "en", "staff");
        invitation.GetProperty("status").GetString().ShouldBe("Pending");
        invitation.GetProperty("displayName").GetString().ShouldBe("Na Li");

        var mail = await smtp.WaitForMailToAsync(email);
        mail.Subject.ShouldBe("You are invited to MarketingSaaS");
        mail.Body.ShouldStartWith("Hello Na Li,");
        mail.Body.ShouldContain("for 7 day(s)");
        var link = InvitationMails.LinkOf(mail);
        link.Tenant.ShouldBe(session.Slug);

        var preview = await fixture.Anonymous().GetJsonAsync<JsonElement>(PreviewUrl(link));
        preview.GetProperty("email").GetString().ShouldBe(email);
        preview.GetProperty("suggestedUserName").GetString().ShouldBe("na.li");
        (await AcceptAsync(link, "nali")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var signIn = await fixture.Anonymous().PostJsonAsync<JsonElement>("/api/account/sign-in", new { tenant = session.Slug, userName = "nali", password = Password });
        signIn.ValueKind.ShouldBe(JsonValueKind.Object);
        var user = (await session.Admin.GetJsonAsync<JsonElement>("/api/identity/users?filter=nali")).GetProperty("items")[0];
        user.GetProperty("name").GetString().ShouldBe("Na Li");
        user.GetProperty("email").GetString().ShouldBe(email);
        user.GetProperty("roleNames").EnumerateArray().Select(r => r.GetString()).ShouldBe(["staff"]);
        (await session.Admin.GetJsonAsync<JsonElement[]>(Invitations)).ShouldBeEmpty();
    }

    [Fact]
    public async Task The_preview_names_the_inviter_and_the_company()
    {
        var (session, link) = await InvitedAsync();

        var preview = await fixture.Anonymous().GetJsonAsync<JsonElement>(PreviewUrl(link));

        preview.GetProperty("inviterName").GetString().ShouldBe("Admin " + session.Slug);
        preview.GetProperty("companyName").GetString().ShouldBe("Company " + session.Slug);
    }

    [Fact]
    public async Task An_imported_person_is_offered_the_imported_user_name_and_takes_the_position_and_names_on_accepting()
    {
        var session = await fixture.SignUpAsync();
        var position = await session.Admin.PostJsonAsync<JsonElement>("/api/org/positions", new { name = "市场专员" });
        var email = $"li.na@{session.Slug}.test";
        var csv = $"user_name,email,family_name,given_name,roles,position,language\r\nlina,{email},李,娜,staff,市场专员,zh-Hans\r\n";
        var content = new StringContent(csv, System.Text.Encoding.UTF8, "text/csv");
        (await session.Admin.Http.PostAsync("/api/identity/users/import", content)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var link = InvitationMails.LinkOf(await smtp.WaitForMailToAsync(email));

        (await fixture.Anonymous().GetJsonAsync<JsonElement>(PreviewUrl(link))).GetProperty("suggestedUserName").GetString().ShouldBe("lina");
        (await AcceptAsync(link, "lina")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var user = (await session.Admin.GetJsonAsync<JsonElement>("/api/identity/users?filter=lina")).GetProperty("items")[0];
        user.GetProperty("familyName").GetString().ShouldBe("李");
        user.GetProperty("givenName").GetString().ShouldBe("娜");
        session.Admin.Http.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        var holders = (await session.Admin.GetJsonAsync<JsonElement>($"/api/org/positions/{position.GetProperty("id").GetGuid()}")).GetProperty("holders");
        holders.EnumerateArray().Select(h => h.GetProperty("name").GetString()).ShouldBe(["李娜"]);

        var renamed = await (await session.Admin.PutAsync($"/api/identity/users/{user.GetProperty("id").GetGuid()}", new
        {
            name = "Lina Li",
            email,
            roleNames = new[] { "staff" },
            isActive = true,
            concurrencyStamp = user.GetProperty("concurrencyStamp").GetString(),
        })).ReadJsonAsync(HttpStatusCode.OK);
        renamed.GetProperty("name").GetString().ShouldBe("Lina Li");
        renamed.GetProperty("familyName").ValueKind.ShouldBe(JsonValueKind.Null, "a typed name replaces the parts");
    }

    [Fact]
    public async Task The_mail_is_in_the_language_the_admin_picked_and_the_name_is_family_name_first()
    {
        var session = await fixture.SignUpAsync();
        var email = $"li.na@{session.Slug}.test";
        await InviteAsync(session, email, "zh-Hans");

        var mail = await smtp.WaitForMailToAsync(email);
        mail.Subject.ShouldBe("您受邀加入 MarketingSaaS");
        mail.Body.ShouldStartWith("李娜，您好：");
        mail.Body.ShouldContain("7 天内有效");
    }

    [Fact]
    public async Task A_used_link_answers_422_and_creates_nobody_else()
    {
        var (session, link) = await InvitedAsync();
        (await AcceptAsync(link, "first")).StatusCode.ShouldBe(HttpStatusCode.OK);

        await ShouldBe422Async(await AcceptAsync(link, "second"), "MarketingSaaS:InvitationAlreadyAccepted");
        (await session.Admin.GetJsonAsync<JsonElement>("/api/identity/users?filter=second")).GetProperty("totalCount").GetInt32().ShouldBe(0);
    }

    [Fact]
    public async Task An_expired_link_answers_422_in_the_callers_language()
    {
        var (_, link) = await InvitedAsync();
        fixture.Factory.Clock.Advance(TimeSpan.FromDays(7) + TimeSpan.FromMinutes(1));

        var response = await AcceptAsync(link, "late", "zh-Hans");

        var problem = await ShouldBe422Async(response, "MarketingSaaS:InvitationExpired");
        problem.GetProperty("title").GetString().ShouldBe("此邀请已过期。请联系管理员重新发送。");
    }

    [Fact]
    public async Task A_revoked_link_answers_422_and_the_invitation_leaves_the_pending_list()
    {
        var (session, link) = await InvitedAsync();
        var id = (await session.Admin.GetJsonAsync<JsonElement[]>(Invitations)).Single().GetProperty("id").GetGuid();

        (await session.Admin.PostAsync($"{Invitations}/{id}/revoke", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        await ShouldBe422Async(await AcceptAsync(link, "revoked"), "MarketingSaaS:InvitationRevoked");
        (await session.Admin.GetJsonAsync<JsonElement[]>(Invitations)).ShouldBeEmpty();
        await ShouldBe422Async(await session.Admin.PostAsync($"{Invitations}/{id}/resend", null), "MarketingSaaS:InvitationNotPending");
    }

    [Fact]
    public async Task Resend_mails_a_new_link_and_the_old_one_stops_working()
    {
        var (session, oldLink) = await InvitedAsync();
        var email = (await session.Admin.GetJsonAsync<JsonElement[]>(Invitations)).Single().GetProperty("email").GetString()!;
        var id = (await session.Admin.GetJsonAsync<JsonElement[]>(Invitations)).Single().GetProperty("id").GetGuid();

        (await session.Admin.PostAsync($"{Invitations}/{id}/resend", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var newLink = InvitationMails.LinkOf((await smtp.WaitForMailsToAsync(email, 2))[1]);

        newLink.Token.ShouldNotBe(oldLink.Token);
        (await AcceptAsync(oldLink, "old")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await AcceptAsync(newLink, "renewed")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Another_companys_token_answers_404()
    {
        var (_, linkOfA) = await InvitedAsync();
        var b = await fixture.SignUpAsync();

        (await AcceptAsync(linkOfA with { Tenant = b.Slug }, "intruder")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await fixture.Anonymous().GetAsync(PreviewUrl(linkOfA with { Tenant = b.Slug }))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await AcceptAsync(linkOfA with { Token = "not-a-token" }, "guess")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await AcceptAsync(linkOfA with { Tenant = "no-such-company" }, "guess")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_weak_password_answers_400_and_leaves_the_link_usable()
    {
        var (_, link) = await InvitedAsync();

        var weak = await (await AcceptAsync(link, "weakling", password: "weak")).ReadProblemAsync(HttpStatusCode.BadRequest);

        weak.GetProperty("code").GetString().ShouldBe("MarketingSaaS:PasswordTooWeak");
        (await AcceptAsync(link, "weakling")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_taken_user_name_answers_422_and_leaves_the_link_usable()
    {
        var (_, link) = await InvitedAsync();

        await ShouldBe422Async(await AcceptAsync(link, "admin"), "MarketingSaaS:UserNameTaken");
        (await AcceptAsync(link, "someone")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Inviting_validates_fields_existing_users_pending_invitations_and_roles()
    {
        var session = await fixture.SignUpAsync();
        var email = $"twice@{session.Slug}.test";
        await InviteAsync(session, email, "en");

        var empty = await (await session.Admin.PostAsync(Invitations, new { })).ReadProblemAsync(HttpStatusCode.BadRequest);
        var errors = empty.GetProperty("errors");
        foreach (var field in new[] { "familyName", "givenName", "email", "culture" })
        {
            errors.TryGetProperty(field, out _).ShouldBeTrue(field);
        }

        await ShouldBe422Async(await session.Admin.PostAsync(Invitations, Body(email, "en")), "MarketingSaaS:InvitationAlreadyPending");
        var adminEmail = (await session.Admin.GetJsonAsync<JsonElement>("/api/identity/users?filter=admin")).GetProperty("items")[0].GetProperty("email").GetString()!;
        await ShouldBe422Async(await session.Admin.PostAsync(Invitations, Body(adminEmail, "en")), "MarketingSaaS:EmailTaken");
        await ShouldBe422Async(await session.Admin.PostAsync(Invitations, Body($"other@{session.Slug}.test", "en", "no-such-role")), "MarketingSaaS:UnknownRole");
        (await (await session.Admin.PostAsync(Invitations, Body($"other@{session.Slug}.test", "fr"))).ReadProblemAsync(HttpStatusCode.BadRequest))
            .GetProperty("errors").TryGetProperty("culture", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task Name_parts_at_their_limit_make_a_name_that_fits_when_the_invitee_accepts_and_longer_ones_are_400()
    {
        var session = await fixture.SignUpAsync();
        var longest = new string('a', 31);
        var email = $"longest@{session.Slug}.test";
        var tooLong = await session.Admin.PostAsync(Invitations, new { familyName = longest + "a", givenName = "Na", email, culture = "en", roleNames = Array.Empty<string>() });
        await session.Admin.PostJsonAsync<JsonElement>(Invitations, new { familyName = longest, givenName = longest, email, culture = "en", roleNames = Array.Empty<string>() });

        var accepted = await AcceptAsync(InvitationMails.LinkOf(await smtp.WaitForMailToAsync(email)), "longest");

        (await tooLong.ReadProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").EnumerateObject().Select(e => e.Name).ShouldBe(["familyName"]);
        accepted.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await session.Admin.GetJsonAsync<JsonElement>("/api/identity/users?filter=longest")).GetProperty("items")[0].GetProperty("name").GetString()!.Length.ShouldBe(63);
    }

    private async Task<(TenantSession Session, InvitationLink Link)> InvitedAsync()
    {
        var session = await fixture.SignUpAsync();
        var email = $"invitee@{session.Slug}.test";
        await InviteAsync(session, email, "en", "staff");
        return (session, InvitationMails.LinkOf(await smtp.WaitForMailToAsync(email)));
    }

    private static Task<JsonElement> InviteAsync(TenantSession session, string email, string culture, params string[] roles) =>
        session.Admin.PostJsonAsync<JsonElement>(Invitations, Body(email, culture, roles));

    private static object Body(string email, string culture, params string[] roles) =>
        culture == "zh-Hans"
            ? new { familyName = "李", givenName = "娜", email, culture, roleNames = roles }
            : new { familyName = "Li", givenName = "Na", email, culture, roleNames = roles };

    private Task<HttpResponseMessage> AcceptAsync(InvitationLink link, string userName, string language = "en", string password = Password)
    {
        var client = fixture.Anonymous();
        client.Http.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        return client.PostAsync("/api/account/invitation/accept", new { tenant = link.Tenant, token = link.Token, userName, password });
    }

    private static string PreviewUrl(InvitationLink link) =>
        $"/api/account/invitation?tenant={Uri.EscapeDataString(link.Tenant)}&token={Uri.EscapeDataString(link.Token)}";

    private static async Task<JsonElement> ShouldBe422Async(HttpResponseMessage response, string code)
    {
        var problem = await response.ReadProblemAsync((HttpStatusCode)422);
        problem.GetProperty("code").GetString().ShouldBe(code);
        return problem;
    }
}

public sealed class InvitationApiTestsOnSqlite(PasswordResetSqliteApiFixture fixture)
    : InvitationApiTests(fixture, fixture.Smtp), IClassFixture<PasswordResetSqliteApiFixture>;

public sealed class InvitationApiTestsOnPostgreSql(PasswordResetPostgreSqlApiFixture fixture)
    : InvitationApiTests(fixture, fixture.Smtp), IClassFixture<PasswordResetPostgreSqlApiFixture>;
