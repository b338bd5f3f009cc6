using System.Net;
using System.Text.Json;
using MarketingSaaS.Events.Registrations;
using MarketingSaaS.Events.Tests.Registrations;
using MarketingSaaS.TestBase.Clients;
using MarketingSaaS.TestBase.Hosting;
using Shouldly;
using Xunit;

namespace MarketingSaaS.Events.Tests.Isolation;

/// <summary>
/// <see cref="EventRegistration"/> and <see cref="EventRegistrationSettings"/> of company A are invisible to company B:
/// staff endpoints answer 404 and the public page under B's slug with A's event id answers 404.
/// </summary>
public abstract class EventRegistrationIsolationTests(ApiFixture fixture)
{
    [Fact]
    public async Task The_public_page_under_another_companys_slug_answers_404_for_the_event()
    {
        var a = await fixture.SignUpWithEventsAsync();
        var b = await fixture.SignUpWithEventsAsync();
        var eventId = await a.CreateOpenEventAsync(capacity: 5);

        await (await fixture.Anonymous().GetAsync(b.PublicUrl(eventId))).ReadProblemAsync(HttpStatusCode.NotFound);
        await (await fixture.Anonymous().RegisterAsync(b.PublicUrl(eventId), "Intruder")).ReadProblemAsync(HttpStatusCode.NotFound);

        (await a.RegistrationsAsync(eventId)).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_check_in_code_of_another_company_is_404_on_the_public_page()
    {
        var a = await fixture.SignUpWithEventsAsync();
        var b = await fixture.SignUpWithEventsAsync();
        var eventId = await a.CreateOpenEventAsync(capacity: 5);
        var code = (await fixture.Anonymous().RegisterJsonAsync(a.PublicUrl(eventId), "A person")).GetProperty("checkInCode").GetString();

        await (await fixture.Anonymous().GetAsync($"{b.PublicUrl(eventId)}/registrations/{code}")).ReadProblemAsync(HttpStatusCode.NotFound);
        await (await fixture.Anonymous().PostAsync($"{b.PublicUrl(eventId)}/registrations/{code}/cancel", null)).ReadProblemAsync(HttpStatusCode.NotFound);

        (await a.RegistrationsAsync(eventId)).Single().GetProperty("status").GetString().ShouldBe("Confirmed");
    }

    [Fact]
    public async Task Another_company_cannot_read_or_change_registration_settings()
    {
        var a = await fixture.SignUpWithEventsAsync();
        var b = await fixture.SignUpWithEventsAsync();
        var eventId = await a.CreateOpenEventAsync(capacity: 5);

        await (await b.Admin.GetAsync($"/api/events/{eventId}/registration-settings")).ReadProblemAsync(HttpStatusCode.NotFound);
        await (await b.Admin.PutAsync($"/api/events/{eventId}/registration-settings", new { capacity = 1, isOpen = false })).ReadProblemAsync(HttpStatusCode.NotFound);

        var settings = await a.Admin.GetJsonAsync<JsonElement>($"/api/events/{eventId}/registration-settings");
        settings.GetProperty("capacity").GetInt32().ShouldBe(5);
        settings.GetProperty("isOpen").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public async Task Another_company_cannot_list_get_cancel_check_in_mark_or_export_registrations()
    {
        var a = await fixture.SignUpWithEventsAsync();
        var b = await fixture.SignUpWithEventsAsync();
        var eventId = await a.CreateOpenEventAsync(capacity: 5);
        var code = (await fixture.Anonymous().RegisterJsonAsync(a.PublicUrl(eventId), "A person")).GetProperty("checkInCode").GetString();
        var id = (await a.RegistrationsAsync(eventId)).Single().GetProperty("id").GetGuid();
        var bEvent = await b.CreateOpenEventAsync(capacity: 5);

        await (await b.Admin.GetAsync($"/api/events/{eventId}/registrations")).ReadProblemAsync(HttpStatusCode.NotFound);
        await (await b.Admin.GetAsync($"/api/events/{eventId}/registrations/{id}")).ReadProblemAsync(HttpStatusCode.NotFound);
        await (await b.Admin.GetAsync($"/api/events/{bEvent}/registrations/{id}")).ReadProblemAsync(HttpStatusCode.NotFound);
        await (await b.Admin.PostAsync($"/api/events/{bEvent}/registrations/{id}/cancel", null)).ReadProblemAsync(HttpStatusCode.NotFound);
        await (await b.Admin.PostAsync($"/api/events/{bEvent}/registrations/{id}/check-in", null)).ReadProblemAsync(HttpStatusCode.NotFound);
        await (await b.Admin.PostAsync($"/api/events/{bEvent}/check-ins", new { code })).ReadProblemAsync(HttpStatusCode.NotFound);
        await (await b.Admin.PutAsync($"/api/events/{bEvent}/registrations/{id}/lead", new { isLead = true })).ReadProblemAsync(HttpStatusCode.NotFound);
        await (await b.Admin.GetAsync($"/api/events/{eventId}/leads")).ReadProblemAsync(HttpStatusCode.NotFound);
        await (await b.Admin.GetAsync($"/api/events/{eventId}/check-ins/count")).ReadProblemAsync(HttpStatusCode.NotFound);
        await (await b.Admin.GetAsync($"/api/events/{eventId}/registrations/attendees.csv")).ReadProblemAsync(HttpStatusCode.NotFound);
        await (await b.Admin.GetAsync($"/api/events/{eventId}/registrations/no-shows.csv")).ReadProblemAsync(HttpStatusCode.NotFound);
        (await b.RegistrationsAsync(bEvent)).ShouldBeEmpty();

        var mine = (await a.RegistrationsAsync(eventId)).Single();
        mine.GetProperty("status").GetString().ShouldBe("Confirmed");
        mine.GetProperty("checkedInAt").ValueKind.ShouldBe(JsonValueKind.Null);
        mine.GetProperty("isLead").GetBoolean().ShouldBeFalse();
    }
}

public sealed class EventRegistrationIsolationTestsOnSqlite(SqliteApiFixture fixture) : EventRegistrationIsolationTests(fixture), IClassFixture<SqliteApiFixture>;

public sealed class EventRegistrationIsolationTestsOnPostgreSql(PostgreSqlApiFixture fixture) : EventRegistrationIsolationTests(fixture), IClassFixture<PostgreSqlApiFixture>;
