using System.Net;
using System.Text.Json;
using MarketingSaaS.Events.MarketingEvents;
using MarketingSaaS.Events.Tests.Expenses;
using MarketingSaaS.TestBase.Clients;
using MarketingSaaS.TestBase.Hosting;
using Shouldly;
using Xunit;

namespace MarketingSaaS.Events.Tests.Plans;

/// <summary>Milestones (UTC instants, earliest first) and risks (owner checked): create, change, delete, field errors, stale stamps.</summary>
public abstract class EventMilestoneAndRiskApiTests(ApiFixture fixture)
{
    [Fact]
    public async Task Milestones_are_kept_in_UTC_listed_earliest_first_changed_and_deleted()
    {
        var s = await EventPlanScenario.CreateAsync(fixture);
        var e = await s.CreateEventAsync(MarketingEventStatus.Approved);
        var url = $"/api/events/{e.Id()}/milestones";

        var rehearsal = await (await s.Admin.PostAsync(url, new { name = "Dress rehearsal", date = "2026-03-09T18:00:00+08:00", isKeyDate = true })).ReadJsonAsync(HttpStatusCode.Created);
        var invitations = await (await s.Admin.PostAsync(url, new { name = "Invitations out", date = "2026-02-20T02:00:00Z" })).ReadJsonAsync(HttpStatusCode.Created);
        var listed = await s.Admin.GetJsonAsync<JsonElement[]>(url);
        var moved = await (await s.Admin.PutAsync($"{url}/{invitations.Id()}", new
        {
            name = "Invitations out", date = "2026-03-09T12:00:00Z", isKeyDate = false, concurrencyStamp = invitations.GetProperty("concurrencyStamp").GetString(),
        })).ReadJsonAsync(HttpStatusCode.OK);
        var stale = await s.Admin.PutAsync($"{url}/{invitations.Id()}", new
        {
            name = "Too late", date = "2026-03-01T12:00:00Z", concurrencyStamp = invitations.GetProperty("concurrencyStamp").GetString(),
        });
        var noDate = await (await s.Admin.PostAsync(url, new { name = "When?" })).ReadProblemAsync(HttpStatusCode.BadRequest);
        (await s.Admin.DeleteAsync($"{url}/{rehearsal.Id()}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        listed.Select(m => m.GetProperty("name").GetString()).ShouldBe(["Invitations out", "Dress rehearsal"]);
        rehearsal.GetProperty("date").GetDateTimeOffset().ShouldBe(new DateTimeOffset(2026, 3, 9, 10, 0, 0, TimeSpan.Zero));
        rehearsal.GetProperty("date").GetDateTimeOffset().Offset.ShouldBe(TimeSpan.Zero);
        rehearsal.GetProperty("isKeyDate").GetBoolean().ShouldBeTrue();
        moved.GetProperty("date").GetDateTimeOffset().ShouldBe(new DateTimeOffset(2026, 3, 9, 12, 0, 0, TimeSpan.Zero));
        stale.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        noDate.GetProperty("errors").EnumerateObject().Select(p => p.Name).ShouldBe(["date"]);
        (await s.Admin.GetJsonAsync<JsonElement[]>(url)).Select(m => m.GetProperty("name").GetString()).ShouldBe(["Invitations out"]);
    }

    [Fact]
    public async Task Risks_have_an_owner_of_the_company_and_change_status()
    {
        var s = await EventPlanScenario.CreateAsync(fixture);
        var e = await s.CreateEventAsync(MarketingEventStatus.Draft);
        var stranger = await EventExecutionScenario.CreateAsync(fixture);
        var url = $"/api/events/{e.Id()}/risks";

        var risk = await (await s.Admin.PostAsync(url, Risk(s.MemberId, "Open"))).ReadJsonAsync(HttpStatusCode.Created);
        var unknownOwner = await (await s.Admin.PostAsync(url, Risk(stranger.AdminId, "Open"))).ReadProblemAsync(HttpStatusCode.BadRequest);
        var noDescription = await (await s.Admin.PostAsync(url, new { likelihood = "Low", impact = "Low", ownerUserId = s.MemberId })).ReadProblemAsync(HttpStatusCode.BadRequest);
        var mitigated = await (await s.Admin.PutAsync($"{url}/{risk.Id()}", Risk(s.OtherId, "Mitigated", risk.GetProperty("concurrencyStamp").GetString()))).ReadJsonAsync(HttpStatusCode.OK);
        var stale = await s.Admin.PutAsync($"{url}/{risk.Id()}", Risk(s.MemberId, "Closed", risk.GetProperty("concurrencyStamp").GetString()));
        var listed = (await s.Admin.GetJsonAsync<JsonElement[]>(url)).ShouldHaveSingleItem();

        risk.GetProperty("likelihood").GetString().ShouldBe("High");
        risk.GetProperty("impact").GetString().ShouldBe("Medium");
        risk.GetProperty("ownerName").GetString().ShouldBe("Name of member");
        unknownOwner.GetProperty("errors").EnumerateObject().Select(p => p.Name).ShouldBe(["ownerUserId"]);
        noDescription.GetProperty("errors").EnumerateObject().Select(p => p.Name).ShouldBe(["description"]);
        mitigated.GetProperty("status").GetString().ShouldBe("Mitigated");
        stale.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        listed.GetProperty("ownerName").GetString().ShouldBe("Name of other");
        listed.GetProperty("contingencyPlan").GetString().ShouldBe("Move indoors to hall B");
        (await s.Admin.DeleteAsync($"{url}/{risk.Id()}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await s.Admin.GetJsonAsync<JsonElement[]>(url)).ShouldBeEmpty();
    }

    private static object Risk(Guid ownerUserId, string status, string? concurrencyStamp = null) => new
    {
        description = " Rain on the open-air stage ",
        likelihood = "High",
        impact = "Medium",
        contingencyPlan = "Move indoors to hall B",
        ownerUserId,
        status,
        concurrencyStamp,
    };
}

public sealed class EventMilestoneAndRiskApiTestsOnSqlite(SqliteApiFixture fixture) : EventMilestoneAndRiskApiTests(fixture), IClassFixture<SqliteApiFixture>;

public sealed class EventMilestoneAndRiskApiTestsOnPostgreSql(PostgreSqlApiFixture fixture) : EventMilestoneAndRiskApiTests(fixture), IClassFixture<PostgreSqlApiFixture>;
