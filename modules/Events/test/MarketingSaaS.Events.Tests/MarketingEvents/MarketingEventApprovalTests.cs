using System.Net;
using System.Text.Json;
using MarketingSaaS.TestBase.Clients;
using MarketingSaaS.TestBase.Hosting;
using Shouldly;
using Xunit;

namespace MarketingSaaS.Events.Tests.MarketingEvents;

/// <summary>Events through the platform's real approval engine, default org chart and default policies; budget commitments.</summary>
public abstract class MarketingEventApprovalTests(ApiFixture fixture)
{
    [Fact]
    public async Task A_routine_30000_event_goes_to_the_director_only_and_approval_commits_the_budget()
    {
        var s = await EventApprovalScenario.CreateAsync(fixture);
        var created = await s.CreateEventAsync(30_000m);

        var submitted = await s.SubmitAsync(created.Id());
        var requestId = submitted.GetProperty("approvalRequestId").GetGuid();

        submitted.GetProperty("status").GetString().ShouldBe("PendingApproval");
        (await s.RouteAsync(requestId)).ShouldBe([["director"]]);
        var request = (await s.GetRequestAsync(requestId)).GetProperty("request");
        request.GetProperty("amount").GetDecimal().ShouldBe(30_000m);
        request.GetProperty("subjectModule").GetString().ShouldBe("Events");
        (await s.CommittedAsync()).ShouldBe(0m);

        (await s.DecideAsync("director", requestId, "approve")).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await s.GetEventAsync(created.Id())).GetProperty("status").GetString().ShouldBe("Approved");
        (await s.CommittedAsync()).ShouldBe(30_000m);
    }

    [Fact]
    public async Task A_campaign_tier_80000_event_goes_to_the_director_then_the_vp()
    {
        var s = await EventApprovalScenario.CreateAsync(fixture);
        var created = await s.CreateEventAsync(80_000m, riskTier: "Campaign");

        var requestId = (await s.SubmitAsync(created.Id())).GetProperty("approvalRequestId").GetGuid();

        (await s.RouteAsync(requestId)).ShouldBe([["director"], ["vp"]]);
        (await s.DecideAsync("director", requestId, "approve")).EnsureSuccessStatusCode();
        (await s.GetEventAsync(created.Id())).GetProperty("status").GetString().ShouldBe("PendingApproval");
        (await s.DecideAsync("vp", requestId, "approve")).EnsureSuccessStatusCode();
        (await s.GetEventAsync(created.Id())).GetProperty("status").GetString().ShouldBe("Approved");
    }

    [Fact]
    public async Task A_special_event_goes_to_the_gm()
    {
        var s = await EventApprovalScenario.CreateAsync(fixture);
        var created = await s.CreateEventAsync(20_000m, isSpecial: true, type: "Advertising");

        var requestId = (await s.SubmitAsync(created.Id())).GetProperty("approvalRequestId").GetGuid();

        (await s.RouteAsync(requestId)).ShouldBe([["gm"]]);
        await s.ApproveAllAsync(requestId);
        (await s.CommittedAsync("Advertising")).ShouldBe(20_000m);
    }

    [Fact]
    public async Task Execution_starts_only_after_approval()
    {
        var s = await EventApprovalScenario.CreateAsync(fixture);
        var id = (await s.CreateEventAsync(10_000m)).Id();

        await (await s.Admin.PostAsync($"/api/events/{id}/start", new { })).ShouldBeProblemAsync((HttpStatusCode)422, "Events:NotApproved");
        var requestId = (await s.SubmitAsync(id)).GetProperty("approvalRequestId").GetGuid();
        await (await s.Admin.PostAsync($"/api/events/{id}/start", new { })).ShouldBeProblemAsync((HttpStatusCode)422, "Events:NotApproved");
        await (await s.Admin.PostAsync($"/api/events/{id}/submit", new { })).ShouldBeProblemAsync((HttpStatusCode)422, "Events:NotEditable");
        await s.ApproveAllAsync(requestId);

        var started = await s.Admin.PostJsonAsync<JsonElement>($"/api/events/{id}/start", new { });

        started.GetProperty("status").GetString().ShouldBe("InExecution");
    }

    [Fact]
    public async Task A_rejected_or_returned_event_is_editable_again_and_resubmitted_with_a_new_request()
    {
        var s = await EventApprovalScenario.CreateAsync(fixture);
        var id = (await s.CreateEventAsync(10_000m)).Id();
        var first = (await s.SubmitAsync(id)).GetProperty("approvalRequestId").GetGuid();

        (await s.DecideAsync("director", first, "return", "Add the venue quote")).EnsureSuccessStatusCode();
        var returned = await s.GetEventAsync(id);
        returned.GetProperty("status").GetString().ShouldBe("Returned");
        var updated = await (await s.Admin.PutAsync($"/api/events/{id}", Update(s, returned, "Spring salon, revised"))).ReadAsAsync<JsonElement>();
        var second = (await s.SubmitAsync(id)).GetProperty("approvalRequestId").GetGuid();
        (await s.DecideAsync("director", second, "reject", "Not this quarter")).EnsureSuccessStatusCode();

        second.ShouldNotBe(first);
        updated.GetProperty("name").GetString().ShouldBe("Spring salon, revised");
        (await s.GetEventAsync(id)).GetProperty("status").GetString().ShouldBe("Rejected");
        (await s.CommittedAsync()).ShouldBe(0m);
    }

    [Fact]
    public async Task Changing_the_budget_after_approval_re_routes_and_re_commits()
    {
        var s = await EventApprovalScenario.CreateAsync(fixture);
        var id = (await s.CreateEventAsync(30_000m)).Id();
        var requestId = (await s.SubmitAsync(id)).GetProperty("approvalRequestId").GetGuid();
        await s.ApproveAllAsync(requestId);
        var approved = await s.GetEventAsync(id);

        var changed = await (await s.Admin.PutAsync($"/api/events/{id}/budget", new
        {
            budgetLines = MarketingEventRequests.Lines(80_000m),
            comment = "Bigger venue",
            concurrencyStamp = approved.GetProperty("concurrencyStamp").GetString(),
        })).ReadAsAsync<JsonElement>();

        changed.GetProperty("status").GetString().ShouldBe("PendingApproval");
        changed.GetProperty("totalBudget").GetDecimal().ShouldBe(80_000m);
        (await s.RouteAsync(requestId)).ShouldBe([["director"], ["vp"]]);
        (await s.CommittedAsync()).ShouldBe(0m);
        await s.ApproveAllAsync(requestId);
        (await s.GetEventAsync(id)).GetProperty("status").GetString().ShouldBe("Approved");
        (await s.CommittedAsync()).ShouldBe(80_000m);
    }

    [Fact]
    public async Task Over_budget_events_are_refused_at_submission_and_stay_editable()
    {
        var s = await EventApprovalScenario.CreateAsync(fixture, plannedPerCategory: 20_000m);
        var id = (await s.CreateEventAsync(30_000m)).Id();

        await (await s.Admin.PostAsync($"/api/events/{id}/submit", new { })).ShouldBeProblemAsync((HttpStatusCode)422, "Budgets:BudgetExceeded");

        (await s.GetEventAsync(id)).GetProperty("status").GetString().ShouldBe("Draft");
    }

    internal static object Update(EventApprovalScenario s, JsonElement current, string name) => new
    {
        name,
        type = current.GetProperty("type").GetString(),
        isSpecial = current.GetProperty("isSpecial").GetBoolean(),
        riskTier = current.GetProperty("riskTier").GetString(),
        startTime = current.GetProperty("startTime").GetDateTimeOffset(),
        endTime = current.GetProperty("endTime").GetDateTimeOffset(),
        place = current.GetProperty("place").GetString(),
        ownerUnitId = s.MarketingUnitId,
        budgetLines = MarketingEventRequests.Lines(current.GetProperty("totalBudget").GetDecimal()),
        concurrencyStamp = current.GetProperty("concurrencyStamp").GetString(),
    };
}

public sealed class MarketingEventApprovalTestsOnSqlite(SqliteApiFixture fixture) : MarketingEventApprovalTests(fixture), IClassFixture<SqliteApiFixture>;

public sealed class MarketingEventApprovalTestsOnPostgreSql(PostgreSqlApiFixture fixture) : MarketingEventApprovalTests(fixture), IClassFixture<PostgreSqlApiFixture>;
