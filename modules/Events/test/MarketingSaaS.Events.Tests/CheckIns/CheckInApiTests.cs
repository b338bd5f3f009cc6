using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using MarketingSaaS.Events.Tests.Registrations;
using MarketingSaaS.TestBase.Clients;
using MarketingSaaS.TestBase.Hosting;
using Shouldly;
using Xunit;

namespace MarketingSaaS.Events.Tests.CheckIns;

/// <summary>Check-in by QR code or search, idempotent; attendee and no-show CSV exports; leads.</summary>
public abstract class CheckInApiTests(ApiFixture fixture)
{
    [Fact]
    public async Task Scanning_twice_keeps_the_first_check_in_time_and_says_already_checked_in()
    {
        var session = await fixture.SignUpWithEventsAsync();
        var eventId = await session.CreateOpenEventAsync(capacity: 5);
        var code = (await fixture.Anonymous().RegisterJsonAsync(session.PublicUrl(eventId), "Li Lei")).GetProperty("checkInCode").GetString();

        var first = await session.Admin.PostJsonAsync<JsonElement>($"/api/events/{eventId}/check-ins", new { code });
        fixture.Factory.Clock.Advance(TimeSpan.FromMinutes(5));
        var second = await session.Admin.PostJsonAsync<JsonElement>($"/api/events/{eventId}/check-ins", new { code = code!.ToLowerInvariant() });

        first.GetProperty("alreadyCheckedIn").GetBoolean().ShouldBeFalse();
        second.GetProperty("alreadyCheckedIn").GetBoolean().ShouldBeTrue();
        second.GetProperty("registration").GetProperty("checkedInAt").GetDateTimeOffset()
            .ShouldBe(first.GetProperty("registration").GetProperty("checkedInAt").GetDateTimeOffset());
    }

    [Fact]
    public async Task Staff_find_a_registrant_by_phone_or_name_and_check_them_in()
    {
        var session = await fixture.SignUpWithEventsAsync();
        var eventId = await session.CreateOpenEventAsync(capacity: 5);
        var url = session.PublicUrl(eventId);
        await fixture.Anonymous().RegisterAsync(url, "", extra: new { name = "王芳", email = "wang@example.com", phone = "13800138000" });
        await fixture.Anonymous().RegisterJsonAsync(url, "Someone else");

        var found = await session.RegistrationsAsync(eventId, "&filter=13800138000");
        var byName = await session.RegistrationsAsync(eventId, "&filter=" + Uri.EscapeDataString("王芳"));
        var result = await session.Admin.PostJsonAsync<JsonElement>($"/api/events/{eventId}/registrations/{found.Single().GetProperty("id").GetGuid()}/check-in", null);

        byName.Single().GetProperty("email").GetString().ShouldBe("wang@example.com");
        result.GetProperty("alreadyCheckedIn").GetBoolean().ShouldBeFalse();
        (await session.RegistrationsAsync(eventId, "&checkedIn=true")).Single().GetProperty("name").GetString().ShouldBe("王芳");
    }

    [Fact]
    public async Task The_desk_count_has_confirmed_registrants_and_those_checked_in_not_the_waiting_list()
    {
        var session = await fixture.SignUpWithEventsAsync();
        var eventId = await session.CreateOpenEventAsync(capacity: 2);
        var url = session.PublicUrl(eventId);
        var first = await fixture.Anonymous().RegisterJsonAsync(url, "First");
        await fixture.Anonymous().RegisterJsonAsync(url, "Second");
        await fixture.Anonymous().RegisterJsonAsync(url, "Waiting");
        await session.Admin.PostJsonAsync<JsonElement>($"/api/events/{eventId}/check-ins", new { code = first.GetProperty("checkInCode").GetString() });

        var count = await session.Admin.GetJsonAsync<JsonElement>($"/api/events/{eventId}/check-ins/count");

        count.GetProperty("registered").GetInt32().ShouldBe(2);
        count.GetProperty("checkedIn").GetInt32().ShouldBe(1);
    }

    [Fact]
    public async Task A_waiting_listed_registrant_cannot_be_checked_in_and_an_unknown_code_is_404()
    {
        var session = await fixture.SignUpWithEventsAsync();
        var eventId = await session.CreateOpenEventAsync(capacity: 1);
        var url = session.PublicUrl(eventId);
        await fixture.Anonymous().RegisterJsonAsync(url, "In");
        var waiting = await fixture.Anonymous().RegisterJsonAsync(url, "Waiting");

        var problem = await (await session.Admin.PostAsync($"/api/events/{eventId}/check-ins", new { code = waiting.GetProperty("checkInCode").GetString() }))
            .ReadProblemAsync(HttpStatusCode.UnprocessableEntity);
        var unknown = await session.Admin.PostAsync($"/api/events/{eventId}/check-ins", new { code = "ABCDEFGHJKLMNPQRSTUV" });
        var malformed = await session.Admin.PostAsync($"/api/events/{eventId}/check-ins", new { code = "x" });

        problem.GetProperty("code").GetString().ShouldBe("Events:RegistrationNotConfirmed");
        await unknown.ReadProblemAsync(HttpStatusCode.NotFound);
        (await malformed.ReadProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("code", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task Attendee_and_no_show_exports_are_utf8_csv_with_bom()
    {
        var session = await fixture.SignUpWithEventsAsync();
        var eventId = await session.CreateOpenEventAsync(capacity: 5);
        var url = session.PublicUrl(eventId);
        var came = await fixture.Anonymous().RegisterJsonAsync(url, "王芳", "wang@example.com");
        await fixture.Anonymous().RegisterAsync(url, "", extra: new { name = "Smith, \"Jo\"", email = "jo@example.com", company = "=HYPERLINK()" });
        await session.Admin.PostJsonAsync<JsonElement>($"/api/events/{eventId}/check-ins", new { code = came.GetProperty("checkInCode").GetString() });

        var attendees = await session.Admin.GetAsync($"/api/events/{eventId}/registrations/attendees.csv");
        var noShows = await session.Admin.GetAsync($"/api/events/{eventId}/registrations/no-shows.csv");

        attendees.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        var bytes = await attendees.Content.ReadAsByteArrayAsync();
        bytes.Take(3).ShouldBe(new byte[] { 0xEF, 0xBB, 0xBF });
        var lines = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines[0].ShouldStartWith("Name,Email,Phone,Company,Status,RegisteredAt,CheckedInAt");
        lines.Length.ShouldBe(3);
        lines[1].ShouldStartWith("王芳,wang@example.com,,,Confirmed,");
        lines[1].ShouldContain("2026-03-02 01:30:00Z");
        lines[2].ShouldStartWith("\"Smith, \"\"Jo\"\"\",jo@example.com,,\"'=HYPERLINK()\",Confirmed,");
        var noShowText = Encoding.UTF8.GetString(await noShows.Content.ReadAsByteArrayAsync());
        noShowText.ShouldContain("jo@example.com");
        noShowText.ShouldNotContain("wang@example.com");
    }

    [Fact]
    public async Task Registrants_marked_as_leads_are_listed_with_their_utm_source()
    {
        var session = await fixture.SignUpWithEventsAsync();
        var eventId = await session.CreateOpenEventAsync(capacity: 5);
        var url = session.PublicUrl(eventId);
        await fixture.Anonymous().RegisterAsync(url, "", extra: new { name = "Lead", email = "lead@example.com", utmSource = "Baidu", utmCampaign = "Q1" });
        await fixture.Anonymous().RegisterJsonAsync(url, "Not a lead");
        var lead = (await session.RegistrationsAsync(eventId)).Single(r => r.GetProperty("name").GetString() == "Lead");

        var marked = await (await session.Admin.PutAsync($"/api/events/{eventId}/registrations/{lead.GetProperty("id").GetGuid()}/lead", new { isLead = true }))
            .Content.ReadFromJsonAsync<JsonElement>();
        var leads = await session.Admin.GetJsonAsync<JsonElement>($"/api/events/{eventId}/leads");

        marked.GetProperty("isLead").GetBoolean().ShouldBeTrue();
        var only = leads.EnumerateArray().ShouldHaveSingleItem();
        only.GetProperty("email").GetString().ShouldBe("lead@example.com");
        only.GetProperty("utmSource").GetString().ShouldBe("baidu");
        only.GetProperty("utmCampaign").GetString().ShouldBe("q1");
    }
}

public sealed class CheckInApiTestsOnSqlite(SqliteApiFixture fixture) : CheckInApiTests(fixture), IClassFixture<SqliteApiFixture>;

public sealed class CheckInApiTestsOnPostgreSql(PostgreSqlApiFixture fixture) : CheckInApiTests(fixture), IClassFixture<PostgreSqlApiFixture>;
