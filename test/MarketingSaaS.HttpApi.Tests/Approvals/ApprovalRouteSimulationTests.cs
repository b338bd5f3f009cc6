using System.Net;
using System.Text.Json;
using MarketingSaaS.HttpApi.Tests.OrgChart;
using MarketingSaaS.TestBase.Clients;
using MarketingSaaS.TestBase.Hosting;
using Shouldly;
using Xunit;

namespace MarketingSaaS.HttpApi.Tests.Approvals;

/// <summary>The default thresholds of the customers' documents, through the route simulator.</summary>
public abstract class ApprovalRouteSimulationTests(ApiFixture fixture)
{
    [Fact]
    public async Task Routine_event_under_50000_goes_to_the_director_only()
    {
        var s = await ApprovalScenario.CreateAsync(fixture);

        var route = await s.SimulateAsync(Request(s, 30_000m, "Tactical"));

        route.GetProperty("ruleOrder").GetInt32().ShouldBe(4);
        ApprovalScenario.Stages(route).ShouldBe([[s.Users["director"]]]);
        route.GetProperty("stages")[0].GetProperty("approvers")[0].GetProperty("name").GetString().ShouldBe("Name of director");
    }

    [Fact]
    public async Task The_50000_boundary_is_inclusive_on_the_upper_rule()
    {
        var s = await ApprovalScenario.CreateAsync(fixture);

        var below = await s.SimulateAsync(Request(s, 49_999.99m, "Tactical"));
        var at = await s.SimulateAsync(Request(s, 50_000m, "Tactical"));

        ApprovalScenario.Stages(below).ShouldBe([[s.Users["director"]]]);
        ApprovalScenario.Stages(at).ShouldBe([[s.Users["director"]], [s.Users["vp"]]]);
    }

    [Fact]
    public async Task Campaign_tier_goes_to_the_director_then_the_vp_and_special_events_to_the_gm()
    {
        var s = await ApprovalScenario.CreateAsync(fixture);

        var campaign = await s.SimulateAsync(Request(s, 80_000m, "Campaign"));
        var special = await s.SimulateAsync(Request(s, 10_000m, "Tactical", isSpecial: true));
        var strategic = await s.SimulateAsync(Request(s, 1_000m, "Strategic"));

        ApprovalScenario.Stages(campaign).ShouldBe([[s.Users["director"]], [s.Users["vp"]]]);
        ApprovalScenario.Stages(special).ShouldBe([[s.Users["gm"]]]);
        special.GetProperty("ruleOrder").GetInt32().ShouldBe(1);
        ApprovalScenario.Stages(strategic).ShouldBe([[s.Users["gm"]]]);
    }

    [Fact]
    public async Task Expenses_go_to_the_director_then_finance()
    {
        var s = await ApprovalScenario.CreateAsync(fixture);

        var route = await s.SimulateAsync(new { businessType = "Expense", amount = 800m, currency = "CNY", riskTier = "Tactical", requesterUserId = s.Users["researcher"] });

        ApprovalScenario.Stages(route).ShouldBe([[s.Users["director"]], [s.Users["finance"]]]);
    }

    [Fact]
    public async Task A_vacant_director_post_escalates_to_the_unit_above_and_nobody_approves_their_own_request()
    {
        var s = await ApprovalScenario.CreateAsync(fixture);

        var byDirector = await s.SimulateAsync(new { businessType = "Events.Event", amount = 1_000m, currency = "CNY", riskTier = "Tactical", requesterUserId = s.Users["director"], requesterUnitId = MarketingUnit(s) });
        await ApprovalScenario.SetHoldersAsync(s.Session.Admin, s.Positions["市场部负责人"], []);
        var vacant = await s.SimulateAsync(Request(s, 1_000m, "Tactical"));

        ApprovalScenario.Stages(byDirector).ShouldBe([[s.Users["gm"]]]);
        ApprovalScenario.Stages(vacant).ShouldBe([[s.Users["gm"]]]);
        vacant.GetProperty("stages")[0].GetProperty("approvers")[0].GetProperty("escalated").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public async Task Nobody_to_approve_names_the_vacant_post_so_the_portal_can_link_to_it()
    {
        var s = await ApprovalScenario.CreateAsync(fixture);
        await ApprovalScenario.SetHoldersAsync(s.Session.Admin, s.Positions["市场部负责人"], []);
        await ApprovalScenario.SetHoldersAsync(s.Session.Admin, s.Positions["总经理"], []);

        var response = await s.Session.Admin.PostAsync("/api/approvals/policies/simulate", Request(s, 1_000m, "Tactical"));

        var problem = await response.ReadProblemAsync((HttpStatusCode)422);
        problem.GetProperty("code").GetString().ShouldBe("MarketingSaaS:NoApproverFound");
        problem.GetProperty("data").GetProperty("positionId").GetGuid().ShouldBe(s.Positions["市场部负责人"].Id());
        problem.GetProperty("data").GetProperty("unitId").GetGuid().ShouldBe(MarketingUnit(s));
    }

    [Fact]
    public async Task Amount_bands_are_currency_aware()
    {
        var s = await ApprovalScenario.CreateAsync(fixture);

        var response = await s.Session.Admin.PostAsync("/api/approvals/policies/simulate", new { businessType = "Events.Event", amount = 1_000m, currency = "USD", riskTier = "Tactical", requesterUserId = s.Users["researcher"] });

        (await response.ReadProblemAsync((HttpStatusCode)422)).GetProperty("code").GetString().ShouldBe("MarketingSaaS:NoMatchingApprovalRule");
    }

    [Fact]
    public async Task Policies_are_edited_with_validation_and_a_concurrency_stamp()
    {
        var s = await ApprovalScenario.CreateAsync(fixture);
        var policies = await s.Session.Admin.GetJsonAsync<JsonElement[]>("/api/approvals/policies");
        var events = policies.Single(p => p.GetProperty("businessType").GetString() == "Events.Event");
        var stamp = events.GetProperty("concurrencyStamp").GetString();
        var onlyGm = new[] { new { name = "GM decides everything", currency = "CNY", stages = new[] { new { mode = "All", approvers = new[] { new { kind = "Position", positionId = (Guid?)s.Positions["总经理"].Id() } } } } } };

        var updated = await s.Session.Admin.PutAsync($"/api/approvals/policies/{events.Id()}", new { name = "Events", rules = onlyGm, concurrencyStamp = stamp });
        updated.StatusCode.ShouldBe(HttpStatusCode.OK);
        ApprovalScenario.Stages(await s.SimulateAsync(Request(s, 30_000m, "Tactical"))).ShouldBe([[s.Users["gm"]]]);

        var stale = await s.Session.Admin.PutAsync($"/api/approvals/policies/{events.Id()}", new { name = "Events", rules = onlyGm, concurrencyStamp = stamp });
        stale.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var inverted = await s.Session.Admin.PostAsync("/api/approvals/policies", new
        {
            businessType = "BudgetChange",
            name = "Budget",
            rules = new[] { new { name = "bad", minAmount = 10m, maxAmount = 5m, currency = "CNY", stages = new[] { new { mode = "Any", approvers = new[] { new { kind = "RequesterUnitHead" } } } } } },
        });
        inverted.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var duplicate = await s.Session.Admin.PostAsync("/api/approvals/policies", new { businessType = "Expense", name = "Again", rules = Array.Empty<object>() });
        (await duplicate.ReadProblemAsync((HttpStatusCode)422)).GetProperty("code").GetString().ShouldBe("MarketingSaaS:ApprovalPolicyExists");
    }

    private static Guid MarketingUnit(ApprovalScenario s) => s.Positions["市场部负责人"].GetProperty("organizationUnitIds")[0].GetGuid();

    private static object Request(ApprovalScenario s, decimal amount, string tier, bool isSpecial = false) =>
        new { businessType = "Events.Event", amount, currency = "CNY", riskTier = tier, isSpecial, requesterUserId = s.Users["researcher"] };
}

public sealed class ApprovalRouteSimulationTestsOnSqlite(SqliteApiFixture fixture) : ApprovalRouteSimulationTests(fixture), IClassFixture<SqliteApiFixture>;

public sealed class ApprovalRouteSimulationTestsOnPostgreSql(PostgreSqlApiFixture fixture) : ApprovalRouteSimulationTests(fixture), IClassFixture<PostgreSqlApiFixture>;
