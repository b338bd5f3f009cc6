using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MarketingSaaS.TestBase.Clients;
using MarketingSaaS.TestBase.Hosting;
using Shouldly;
using Xunit;

namespace MarketingSaaS.Events.Tests.Registrations;

/// <summary>The anonymous registration page: capacity, waiting list, promotion, UTM capture, bad input.</summary>
public abstract class PublicRegistrationApiTests(ApiFixture fixture)
{
    [Fact]
    public async Task The_public_page_shows_the_event_without_sign_in()
    {
        var session = await fixture.SignUpWithEventsAsync();
        var eventId = await session.CreateOpenEventAsync(capacity: 2, name: "Open day");

        var page = await fixture.Anonymous().GetJsonAsync<JsonElement>(session.PublicUrl(eventId));

        page.GetProperty("name").GetString().ShouldBe("Open day");
        page.GetProperty("isRegistrationOpen").GetBoolean().ShouldBeTrue();
        page.GetProperty("seatsLeft").GetInt32().ShouldBe(2);
        page.TryGetProperty("budgetLines", out _).ShouldBeFalse();
    }

    [Fact]
    public async Task The_public_page_shows_the_description_and_a_too_long_one_is_refused_with_a_field_error()
    {
        var session = await fixture.SignUpWithEventsAsync();
        var eventId = await session.CreateOpenEventAsync(capacity: 5, name: "Open day", description: "  Meet the product team.\nBring questions.  ");
        var tooLong = await session.Admin.PostAsync("/api/events", new
        {
            name = "Long", type = "OfflineSalon", startTime = MarketingEvents.MarketingEventRequests.Start,
            endTime = MarketingEvents.MarketingEventRequests.Start.AddHours(1), ownerUnitId = Guid.NewGuid(), description = new string('x', 4001),
        });

        var page = await fixture.Anonymous().GetJsonAsync<JsonElement>(session.PublicUrl(eventId));

        page.GetProperty("description").GetString().ShouldBe("Meet the product team.\nBring questions.");
        (await tooLong.ReadProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("description", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task Registrants_are_confirmed_up_to_the_capacity_then_waiting_listed()
    {
        var session = await fixture.SignUpWithEventsAsync();
        var eventId = await session.CreateOpenEventAsync(capacity: 2);
        var anonymous = fixture.Anonymous();
        var url = session.PublicUrl(eventId);

        var first = await anonymous.RegisterJsonAsync(url, "Li Lei");
        var second = await anonymous.RegisterJsonAsync(url, "Han Meimei");
        var third = await anonymous.RegisterJsonAsync(url, "Wang Fang");

        first.GetProperty("status").GetString().ShouldBe("Confirmed");
        second.GetProperty("status").GetString().ShouldBe("Confirmed");
        third.GetProperty("status").GetString().ShouldBe("WaitingListed");
        var settings = await session.Admin.GetJsonAsync<JsonElement>($"/api/events/{eventId}/registration-settings");
        settings.GetProperty("confirmedCount").GetInt32().ShouldBe(2);
        settings.GetProperty("waitingCount").GetInt32().ShouldBe(1);
        (await anonymous.GetJsonAsync<JsonElement>(url)).GetProperty("seatsLeft").GetInt32().ShouldBe(0);
    }

    [Fact]
    public async Task Cancelling_a_confirmed_registration_promotes_the_first_waiting_one()
    {
        var session = await fixture.SignUpWithEventsAsync();
        var eventId = await session.CreateOpenEventAsync(capacity: 1);
        var anonymous = fixture.Anonymous();
        var url = session.PublicUrl(eventId);
        var confirmed = await anonymous.RegisterJsonAsync(url, "First");
        var waitingFirst = await anonymous.RegisterJsonAsync(url, "Second");
        await anonymous.RegisterJsonAsync(url, "Third");

        var cancelled = await anonymous.PostJsonAsync<JsonElement>($"{url}/registrations/{confirmed.GetProperty("checkInCode").GetString()}/cancel", null);

        cancelled.GetProperty("status").GetString().ShouldBe("Cancelled");
        var promoted = await anonymous.GetJsonAsync<JsonElement>($"{url}/registrations/{waitingFirst.GetProperty("checkInCode").GetString()}");
        promoted.GetProperty("status").GetString().ShouldBe("Confirmed");
        var all = await session.RegistrationsAsync(eventId);
        all.Single(r => r.GetProperty("name").GetString() == "Third").GetProperty("status").GetString().ShouldBe("WaitingListed");
        (await session.Admin.GetJsonAsync<JsonElement>($"/api/events/{eventId}/registration-settings")).GetProperty("confirmedCount").GetInt32().ShouldBe(1);
    }

    [Fact]
    public async Task Staff_cancel_promotes_too_and_raising_the_capacity_confirms_waiting_registrants()
    {
        var session = await fixture.SignUpWithEventsAsync();
        var eventId = await session.CreateOpenEventAsync(capacity: 1);
        var anonymous = fixture.Anonymous();
        var url = session.PublicUrl(eventId);
        await anonymous.RegisterJsonAsync(url, "A");
        await anonymous.RegisterJsonAsync(url, "B");
        await anonymous.RegisterJsonAsync(url, "C");
        var a = (await session.RegistrationsAsync(eventId)).Single(r => r.GetProperty("name").GetString() == "A");

        (await session.Admin.PostAsync($"/api/events/{eventId}/registrations/{a.GetProperty("id").GetGuid()}/cancel", null)).EnsureSuccessStatusCode();
        var afterCancel = await session.RegistrationsAsync(eventId, "&status=Confirmed");
        var raised = await (await session.Admin.PutAsync($"/api/events/{eventId}/registration-settings", new { capacity = 5, isOpen = true })).Content.ReadFromJsonAsync<JsonElement>();

        afterCancel.Select(r => r.GetProperty("name").GetString()).ShouldBe(["B"]);
        raised.GetProperty("confirmedCount").GetInt32().ShouldBe(2);
        raised.GetProperty("waitingCount").GetInt32().ShouldBe(0);
    }

    [Fact]
    public async Task The_capacity_cannot_go_below_the_confirmed_registrations()
    {
        var session = await fixture.SignUpWithEventsAsync();
        var eventId = await session.CreateOpenEventAsync(capacity: 3);
        var url = session.PublicUrl(eventId);
        await fixture.Anonymous().RegisterJsonAsync(url, "A");
        await fixture.Anonymous().RegisterJsonAsync(url, "B");

        var problem = await (await session.Admin.PutAsync($"/api/events/{eventId}/registration-settings", new { capacity = 1, isOpen = true }))
            .ReadProblemAsync(HttpStatusCode.UnprocessableEntity);

        problem.GetProperty("code").GetString().ShouldBe("Events:CapacityBelowConfirmed");
    }

    [Fact]
    public async Task Utm_parameters_are_trimmed_and_lower_cased()
    {
        var session = await fixture.SignUpWithEventsAsync();
        var eventId = await session.CreateOpenEventAsync(capacity: 5);

        (await fixture.Anonymous().RegisterAsync(session.PublicUrl(eventId), "", extra: new
        {
            name = "Zhang Wei", email = "  Zhang.Wei@Example.COM ", utmSource = "  WeChat ", utmMedium = "Social", utmCampaign = " Spring-2027 ", utmContent = "   ", utmTerm = "AI Tools",
        })).EnsureSuccessStatusCode();

        var registration = (await session.RegistrationsAsync(eventId)).Single();
        registration.GetProperty("email").GetString().ShouldBe("zhang.wei@example.com");
        var utm = registration.GetProperty("utm");
        utm.GetProperty("source").GetString().ShouldBe("wechat");
        utm.GetProperty("medium").GetString().ShouldBe("social");
        utm.GetProperty("campaign").GetString().ShouldBe("spring-2027");
        utm.GetProperty("content").ValueKind.ShouldBe(JsonValueKind.Null);
        utm.GetProperty("term").GetString().ShouldBe("ai tools");
    }

    [Fact]
    public async Task Bad_input_answers_400_with_field_errors()
    {
        var session = await fixture.SignUpWithEventsAsync();
        var eventId = await session.CreateOpenEventAsync(capacity: 5);

        var response = await fixture.Anonymous().RegisterAsync(session.PublicUrl(eventId), "", extra: new { name = "", email = "not-an-email", utmSource = new string('x', 200) });

        var errors = (await response.ReadProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors");
        errors.TryGetProperty("name", out _).ShouldBeTrue();
        errors.TryGetProperty("email", out _).ShouldBeTrue();
        errors.TryGetProperty("utmSource", out _).ShouldBeTrue();
        (await session.RegistrationsAsync(eventId)).ShouldBeEmpty();
    }

    [Fact]
    public async Task The_same_email_cannot_register_twice_and_a_closed_registration_answers_422()
    {
        var session = await fixture.SignUpWithEventsAsync();
        var eventId = await session.CreateOpenEventAsync(capacity: 5);
        var url = session.PublicUrl(eventId);
        await fixture.Anonymous().RegisterJsonAsync(url, "A", "a@example.com");

        var twice = await (await fixture.Anonymous().RegisterAsync(url, "A again", "A@Example.com")).ReadProblemAsync(HttpStatusCode.UnprocessableEntity);
        (await session.Admin.PutAsync($"/api/events/{eventId}/registration-settings", new { capacity = 5, isOpen = false })).EnsureSuccessStatusCode();
        var closed = await (await fixture.Anonymous().RegisterAsync(url, "B")).ReadProblemAsync(HttpStatusCode.UnprocessableEntity);

        twice.GetProperty("code").GetString().ShouldBe("Events:AlreadyRegistered");
        closed.GetProperty("code").GetString().ShouldBe("Events:RegistrationClosed");
    }

    [Fact]
    public async Task A_draft_event_has_no_public_page_and_cannot_get_registration_settings()
    {
        var session = await fixture.SignUpWithEventsAsync();
        var eventId = await session.CreateEventAsync("Draft");

        var settings = await (await session.Admin.PutAsync($"/api/events/{eventId}/registration-settings", new { capacity = 5, isOpen = true }))
            .ReadProblemAsync(HttpStatusCode.UnprocessableEntity);
        await (await fixture.Anonymous().GetAsync(session.PublicUrl(eventId))).ReadProblemAsync(HttpStatusCode.NotFound);

        settings.GetProperty("code").GetString().ShouldBe("Events:EventNotRegistrable");
        await (await fixture.Anonymous().RegisterAsync(session.PublicUrl(eventId), "A")).ReadProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task With_the_module_switched_off_the_public_page_answers_403_module_not_enabled()
    {
        var session = await fixture.SignUpWithEventsAsync();
        var eventId = await session.CreateOpenEventAsync(capacity: 5);
        await session.SetEventsModuleAsync(false);

        var problem = await (await fixture.Anonymous().RegisterAsync(session.PublicUrl(eventId), "A")).ReadProblemAsync(HttpStatusCode.Forbidden);

        problem.GetProperty("code").GetString().ShouldBe("Framework:ModuleNotEnabled");
    }

    [Fact]
    public async Task Concurrent_sign_ups_never_overbook()
    {
        const int capacity = 10;
        var session = await fixture.SignUpWithEventsAsync();
        var eventId = await session.CreateOpenEventAsync(capacity);
        var url = session.PublicUrl(eventId);

        var responses = await Task.WhenAll(Enumerable.Range(0, 40).Select(i => fixture.Anonymous().RegisterAsync(url, $"Person {i}")));

        responses.ShouldAllBe(r => r.StatusCode == HttpStatusCode.Created);
        var all = await session.RegistrationsAsync(eventId);
        all.Count.ShouldBe(40);
        all.Count(r => r.GetProperty("status").GetString() == "Confirmed").ShouldBe(capacity);
        (await session.Admin.GetJsonAsync<JsonElement>($"/api/events/{eventId}/registration-settings")).GetProperty("confirmedCount").GetInt32().ShouldBe(capacity);
    }
}

public sealed class PublicRegistrationApiTestsOnSqlite(SqliteApiFixture fixture) : PublicRegistrationApiTests(fixture), IClassFixture<SqliteApiFixture>;

public sealed class PublicRegistrationApiTestsOnPostgreSql(PostgreSqlApiFixture fixture) : PublicRegistrationApiTests(fixture), IClassFixture<PostgreSqlApiFixture>;
