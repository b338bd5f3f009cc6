using System.Net;
using System.Text.Json;
using MarketingSaaS.Events.Tests.Expenses;
using MarketingSaaS.Events.Tests.Registrations;
using MarketingSaaS.TestBase.Clients;
using MarketingSaaS.TestBase.Hosting;
using Shouldly;
using Xunit;

namespace MarketingSaaS.Events.Tests.Figures;

/// <summary>The figures' head counts come from the event's registrations: cancelled sign-ups do not count.</summary>
public abstract class EventFiguresFromRegistrationsTests(ApiFixture fixture)
{
    [Fact]
    public async Task Registrants_attendees_and_leads_are_counted_from_registrations()
    {
        var session = await fixture.SignUpWithEventsAsync();
        var eventId = await session.CreateOpenEventAsync(capacity: 2);
        var other = await session.CreateOpenEventAsync(capacity: 2, name: "Other salon");
        var url = session.PublicUrl(eventId);
        var anonymous = fixture.Anonymous();
        var a = await anonymous.RegisterJsonAsync(url, "A");
        await anonymous.RegisterJsonAsync(url, "B");
        await anonymous.RegisterJsonAsync(url, "C (waiting)");
        var d = await anonymous.RegisterJsonAsync(url, "D (waiting, then cancelled)");
        await anonymous.RegisterJsonAsync(session.PublicUrl(other), "Someone at the other event");
        (await anonymous.PostAsync($"{url}/registrations/{d.GetProperty("checkInCode").GetString()}/cancel", null)).EnsureSuccessStatusCode();
        await (await session.Admin.PostAsync($"/api/events/{eventId}/check-ins", new { code = a.GetProperty("checkInCode").GetString() })).ReadJsonAsync(HttpStatusCode.OK);
        var b = (await session.RegistrationsAsync(eventId)).Single(r => r.GetProperty("name").GetString() == "B");
        (await session.Admin.PutAsync($"/api/events/{eventId}/registrations/{b.GetProperty("id").GetGuid()}/lead", new { isLead = true })).EnsureSuccessStatusCode();

        var figures = await session.Admin.GetJsonAsync<JsonElement>($"/api/events/{eventId}/figures");
        var list = await session.Admin.GetJsonAsync<JsonElement>("/api/events/figures?maxResultCount=10");

        figures.GetProperty("registrants").GetInt32().ShouldBe(3);
        figures.GetProperty("attendees").GetInt32().ShouldBe(1);
        figures.GetProperty("leads").GetInt32().ShouldBe(1);
        figures.GetProperty("attendanceRate").GetDecimal().ShouldBe(0.3333m);
        figures.GetProperty("costPerRegistrant").GetDecimal().ShouldBe(0m);
        var otherRow = list.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("marketingEventId").GetGuid() == other);
        otherRow.GetProperty("registrants").GetInt32().ShouldBe(1);
        otherRow.GetProperty("attendees").GetInt32().ShouldBe(0);
        otherRow.GetProperty("attendanceRate").GetDecimal().ShouldBe(0m);
    }
}

public sealed class EventFiguresFromRegistrationsTestsOnSqlite(SqliteApiFixture fixture) : EventFiguresFromRegistrationsTests(fixture), IClassFixture<SqliteApiFixture>;

public sealed class EventFiguresFromRegistrationsTestsOnPostgreSql(PostgreSqlApiFixture fixture) : EventFiguresFromRegistrationsTests(fixture), IClassFixture<PostgreSqlApiFixture>;
