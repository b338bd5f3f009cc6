using System.Net;
using System.Text.Json;
using MarketingSaaS.Events.Tests.MarketingEvents;
using MarketingSaaS.TestBase.Clients;
using MarketingSaaS.TestBase.Hosting;
using Shouldly;
using Xunit;

namespace MarketingSaaS.Events.Tests.Isolation;

/// <summary>MarketingEvent (and its EventBudgetLine rows): another company cannot list, read, change, act on or delete them.</summary>
public abstract class MarketingEventIsolationTests(ApiFixture fixture)
{
    [Fact]
    public async Task Another_company_cannot_see_or_touch_a_MarketingEvent()
    {
        var a = await fixture.SignUpWithEventsAsync();
        var b = await fixture.SignUpWithEventsAsync();
        var unitA = await a.CreateUnitAsync();
        var unitB = await b.CreateUnitAsync();
        var created = await a.Admin.PostJsonAsync<JsonElement>("/api/events", MarketingEventRequests.Create(unitA, "A's salon", budget: 1_000m));
        var id = created.Id();
        var stamp = created.GetProperty("concurrencyStamp").GetString();

        (await b.Admin.GetJsonAsync<JsonElement>("/api/events")).GetProperty("totalCount").GetInt64().ShouldBe(0);
        (await b.Admin.GetAsync($"/api/events/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await b.Admin.PutAsync($"/api/events/{id}", MarketingEventApiTests.UpdateBody(unitB, "Taken", stamp))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await b.Admin.PutAsync($"/api/events/{id}/budget", new { budgetLines = MarketingEventRequests.Lines(5m), concurrencyStamp = stamp })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        foreach (var action in new[] { "submit", "start", "complete", "close" })
        {
            (await b.Admin.PostAsync($"/api/events/{id}/{action}", new { })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        }

        (await b.Admin.DeleteAsync($"/api/events/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var still = await a.Admin.GetJsonAsync<JsonElement>($"/api/events/{id}");
        still.GetProperty("name").GetString().ShouldBe("A's salon");
        still.GetProperty("status").GetString().ShouldBe("Draft");
        still.GetProperty("totalBudget").GetDecimal().ShouldBe(1_000m);
    }

    [Fact]
    public async Task An_event_cannot_be_owned_by_another_companys_unit()
    {
        var a = await fixture.SignUpWithEventsAsync();
        var b = await fixture.SignUpWithEventsAsync();
        var unitB = await b.CreateUnitAsync();

        var response = await a.Admin.PostAsync("/api/events", MarketingEventRequests.Create(unitB));

        (await response.ReadProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("ownerUnitId", out _).ShouldBeTrue();
    }
}

public sealed class MarketingEventIsolationTestsOnSqlite(SqliteApiFixture fixture) : MarketingEventIsolationTests(fixture), IClassFixture<SqliteApiFixture>;

public sealed class MarketingEventIsolationTestsOnPostgreSql(PostgreSqlApiFixture fixture) : MarketingEventIsolationTests(fixture), IClassFixture<PostgreSqlApiFixture>;
