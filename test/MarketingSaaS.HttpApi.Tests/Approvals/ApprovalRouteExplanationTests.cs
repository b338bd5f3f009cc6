using System.Net;
using System.Text.Json;
using MarketingSaaS.HttpApi.Tests.OrgChart;
using MarketingSaaS.TestBase.Clients;
using MarketingSaaS.TestBase.Hosting;
using Shouldly;
using Xunit;

namespace MarketingSaaS.HttpApi.Tests.Approvals;

/// <summary>The simulator says why a stage goes to other people than the rule names: self-approval or a vacant post.</summary>
public abstract class ApprovalRouteExplanationTests(ApiFixture fixture)
{
    [Fact]
    public async Task A_stage_the_rule_gives_to_people_as_named_has_no_notes()
    {
        var s = await ApprovalScenario.CreateAsync(fixture);

        var route = await s.SimulateAsync(Event(s.Users["researcher"], null));

        Notes(route, 0).ShouldBeEmpty();
        route.GetProperty("stages")[0].GetProperty("approvers")[0].GetProperty("positionName").GetString().ShouldBe("市场部负责人");
    }

    [Fact]
    public async Task A_requester_who_heads_the_unit_is_told_the_stage_goes_to_the_head_above()
    {
        var s = await ApprovalScenario.CreateAsync(fixture);

        var route = await s.SimulateAsync(Event(s.Users["director"], MarketingUnit(s)));

        ApprovalScenario.Stages(route).ShouldBe([[s.Users["gm"]]]);
        Notes(route, 0).ShouldBe(["RequesterEscalated"]);
    }

    [Fact]
    public async Task A_requester_who_shares_the_post_is_left_out_and_the_other_holder_approves()
    {
        var s = await ApprovalScenario.CreateAsync(fixture);
        await ApprovalScenario.SetHoldersAsync(s.Session.Admin, s.Positions["市场部负责人"], [s.Users["director"], s.Users["researcher"]]);

        var route = await s.SimulateAsync(Event(s.Users["researcher"], MarketingUnit(s)));

        ApprovalScenario.Stages(route).ShouldBe([[s.Users["director"]]]);
        Notes(route, 0).ShouldBe(["RequesterLeftOut"]);
    }

    [Fact]
    public async Task A_vacant_post_is_named_in_the_note()
    {
        var s = await ApprovalScenario.CreateAsync(fixture);
        await ApprovalScenario.SetHoldersAsync(s.Session.Admin, s.Positions["市场部负责人"], []);

        var route = await s.SimulateAsync(Event(s.Users["researcher"], null));

        var note = route.GetProperty("stages")[0].GetProperty("notes")[0];
        (note.GetProperty("code").GetString(), note.GetProperty("positionName").GetString()).ShouldBe(("PositionVacant", "市场部负责人"));
    }

    [Fact]
    public async Task A_route_left_to_the_requester_alone_is_refused_as_self_approval_not_as_a_vacant_post()
    {
        var s = await ApprovalScenario.CreateAsync(fixture);

        var response = await s.Session.Admin.PostAsync("/api/approvals/policies/simulate", Event(s.Users["gm"], GmUnit(s)));

        (await response.ReadProblemAsync((HttpStatusCode)422)).GetProperty("code").GetString().ShouldBe("MarketingSaaS:NoApproverBesidesRequester");
    }

    [Fact]
    public async Task A_requester_previews_the_route_of_their_own_request()
    {
        var s = await ApprovalEngineScenario.CreateAsync(fixture);

        // The requester is always the caller: naming someone else changes nothing.
        var route = await s["researcher"].PostJsonAsync<JsonElement>("/api/approvals/requests/route-preview", new { businessType = "Events.Event", amount = 1_000m, currency = "CNY", riskTier = "Tactical", requesterUserId = s.User("director") });

        ApprovalScenario.Stages(route).ShouldBe([[s.User("director")]]);
        route.GetProperty("stages")[0].GetProperty("approvers")[0].GetProperty("name").GetString().ShouldBe("Name of director");
    }

    private static string[] Notes(JsonElement route, int stage) =>
        [.. route.GetProperty("stages")[stage].GetProperty("notes").EnumerateArray().Select(n => n.GetProperty("code").GetString()!)];

    private static Guid MarketingUnit(ApprovalScenario s) => s.Positions["市场部负责人"].GetProperty("organizationUnitIds")[0].GetGuid();

    private static Guid GmUnit(ApprovalScenario s) => s.Positions["总经理"].GetProperty("organizationUnitIds")[0].GetGuid();

    private static object Event(Guid requester, Guid? unit) =>
        new { businessType = "Events.Event", amount = 1_000m, currency = "CNY", riskTier = "Tactical", isSpecial = false, requesterUserId = requester, requesterUnitId = unit };
}

public sealed class ApprovalRouteExplanationTestsOnSqlite(SqliteApiFixture fixture) : ApprovalRouteExplanationTests(fixture), IClassFixture<SqliteApiFixture>;

public sealed class ApprovalRouteExplanationTestsOnPostgreSql(PostgreSqlApiFixture fixture) : ApprovalRouteExplanationTests(fixture), IClassFixture<PostgreSqlApiFixture>;
