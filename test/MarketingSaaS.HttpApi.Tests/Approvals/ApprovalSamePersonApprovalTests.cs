using System.Net;
using System.Text.Json;
using MarketingSaaS.HttpApi.Tests.Budgets;
using MarketingSaaS.TestBase.Clients;
using MarketingSaaS.TestBase.Hosting;
using Shouldly;
using Xunit;

namespace MarketingSaaS.HttpApi.Tests.Approvals;

/// <summary>The tenant setting Approvals.SamePersonApproval: a person in several stages is asked at each, or once.</summary>
public abstract class ApprovalSamePersonApprovalTests(ApiFixture fixture)
{
    [Fact]
    public async Task By_default_the_same_person_is_asked_at_every_stage()
    {
        var s = await ScenarioAsync();
        var id = (await s.SubmitAsync(ApprovalEngineScenario.Request(NewSubject(), 5_000m, "BudgetChange"))).Id();

        (await s.ActAsync("director", id, "approve")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var details = await s.GetAsync("director", id);
        details.GetProperty("request").GetProperty("currentStageIndex").GetInt32().ShouldBe(1);
        details.GetProperty("stages")[1].GetProperty("approvers").EnumerateArray().ShouldAllBe(a => a.GetProperty("state").GetString() == "Pending");
        ApprovalEngineScenario.Log(details).ShouldBe(["Submitted", "Approved"]);
        (await s.ListAsync("director", "waiting-for-me")).ShouldBe([id]);
    }

    [Fact]
    public async Task With_ask_once_a_later_stage_slot_is_approved_automatically_referencing_the_earlier_approval()
    {
        var s = await ScenarioAsync();
        await s.Session.Admin.SetSettingAsync("Approvals.SamePersonApproval", "AskOnce");
        var id = (await s.SubmitAsync(ApprovalEngineScenario.Request(NewSubject(), 5_000m, "BudgetChange"))).Id();

        (await s.ActAsync("director", id, "approve")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var details = await s.GetAsync("director", id);
        ApprovalEngineScenario.Status(details).ShouldBe("Pending");
        var secondStage = details.GetProperty("stages")[1].GetProperty("approvers").EnumerateArray()
            .ToDictionary(a => a.GetProperty("userId").GetGuid(), a => a.GetProperty("state").GetString());
        secondStage[s.User("director")].ShouldBe("Approved");
        secondStage[s.User("vp")].ShouldBe("Pending");
        ApprovalEngineScenario.Log(details).ShouldBe(["Submitted", "Approved", "ApprovedAutomatically"]);
        var automatic = details.GetProperty("log")[2];
        automatic.GetProperty("userId").GetGuid().ShouldBe(s.User("director"));
        automatic.GetProperty("stageIndex").GetInt32().ShouldBe(1);
        automatic.GetProperty("relatedSequence").GetInt32().ShouldBe(2);
        (await s.ListAsync("director", "waiting-for-me")).ShouldBeEmpty();
        (await s.ActAsync("vp", id, "approve")).StatusCode.ShouldBe(HttpStatusCode.OK);
        ApprovalEngineScenario.Status(await s.GetAsync("vp", id)).ShouldBe("Approved");
    }

    [Fact]
    public async Task The_setting_accepts_only_its_two_values()
    {
        var session = await fixture.SignUpAsync();

        var bad = await session.Admin.PutAsync("/api/settings", new { values = new Dictionary<string, string?> { ["Approvals.SamePersonApproval"] = "Sometimes" } });

        (await bad.ReadProblemAsync(HttpStatusCode.BadRequest)).GetRawText().ShouldContain("Approvals.SamePersonApproval");
        var config = await session.Admin.GetJsonAsync<JsonElement>("/api/application-configuration");
        config.GetProperty("settings").GetProperty("Approvals.SamePersonApproval").GetString().ShouldBe("AskEachTime");
    }

    /// <summary>Budget changes: the director alone, then the director and the VP together.</summary>
    private async Task<ApprovalEngineScenario> ScenarioAsync()
    {
        var s = await ApprovalEngineScenario.CreateAsync(fixture);
        var response = await s.Session.Admin.PostAsync("/api/approvals/policies", new
        {
            businessType = "BudgetChange",
            name = "Budget changes",
            rules = new[]
            {
                new
                {
                    name = "Everyone",
                    currency = "CNY",
                    stages = new[]
                    {
                        new { mode = "Any", approvers = new[] { new { kind = "User", userId = s.User("director") } } },
                        new { mode = "All", approvers = new[] { new { kind = "User", userId = s.User("director") }, new { kind = "User", userId = s.User("vp") } } },
                    },
                },
            },
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return s;
    }

    private static string NewSubject() => Guid.NewGuid().ToString("N");
}

public sealed class ApprovalSamePersonApprovalTestsOnSqlite(SqliteApprovalEngineFixture fixture)
    : ApprovalSamePersonApprovalTests(fixture), IClassFixture<SqliteApprovalEngineFixture>;

public sealed class ApprovalSamePersonApprovalTestsOnPostgreSql(PostgreSqlApprovalEngineFixture fixture)
    : ApprovalSamePersonApprovalTests(fixture), IClassFixture<PostgreSqlApprovalEngineFixture>;
