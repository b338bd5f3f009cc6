using System.Net;
using System.Text.Json;
using MarketingSaaS.HttpApi.Tests.Budgets;
using MarketingSaaS.TestBase.Clients;
using MarketingSaaS.TestBase.Hosting;
using Shouldly;
using Xunit;

namespace MarketingSaaS.HttpApi.Tests.Approvals;

/// <summary>What an approver reads before deciding: the requester's description and the budget line before and after the request.</summary>
public abstract class ApprovalRequestDetailForApproverTests(ApiFixture fixture)
{
    [Fact]
    public async Task The_approver_reads_the_description_and_the_budget_line_before_and_after_the_request_also_once_approved()
    {
        var s = await BudgetApprovalScenario.CreateAsync(fixture, BudgetClient.Line("Research", 100_000m));
        await s.SubmitAndApproveAsync(30_000m);
        var request = (await s.Engine.SubmitAsync(With(BudgetApprovalScenario.Request(20_000m), "Booth rental for the spring fair"))).Id();

        var pending = await s.Engine.GetAsync("director", request);
        await s.ApproveAllAsync(request);
        var approved = await s.Engine.GetAsync("director", request);

        pending.GetProperty("request").GetProperty("description").GetString().ShouldBe("Booth rental for the spring fair");
        foreach (var details in new[] { pending, approved })
        {
            var effect = details.GetProperty("budgetEffect");
            (effect.GetProperty("hasBudgetLine").GetBoolean(), effect.GetProperty("organizationUnitId").GetGuid(), effect.GetProperty("category").GetString(),
                effect.GetProperty("fiscalYear").GetInt32(), effect.GetProperty("currency").GetString(), effect.Amount("planned"),
                effect.Amount("remainingBefore"), effect.Amount("remainingAfter"))
                .ShouldBe((true, s.UnitId, "Research", 2026, "CNY", 100_000m, 70_000m, 50_000m));
        }
    }

    [Fact]
    public async Task A_request_without_a_budget_category_has_no_budget_effect_and_no_description_when_none_was_given()
    {
        var s = await BudgetApprovalScenario.CreateAsync(fixture, BudgetClient.Line("Research", 100_000m));
        var request = (await s.Engine.SubmitAsync(BudgetApprovalScenario.Request(5_000m, category: null))).Id();

        var details = await s.Engine.GetAsync("director", request);

        (details.GetProperty("budgetEffect").ValueKind, details.GetProperty("request").GetProperty("description").ValueKind)
            .ShouldBe((JsonValueKind.Null, JsonValueKind.Null));
    }

    [Fact]
    public async Task A_description_longer_than_2000_characters_is_a_field_error()
    {
        var s = await BudgetApprovalScenario.CreateAsync(fixture, BudgetClient.Line("Research", 100_000m));

        var response = await s.TrySubmitAsync(With(BudgetApprovalScenario.Request(5_000m, category: null), new string('x', 2001)));

        (await response.ReadProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("description", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task A_resubmission_replaces_the_description()
    {
        var s = await BudgetApprovalScenario.CreateAsync(fixture, BudgetClient.Line("Research", 100_000m));
        var request = (await s.Engine.SubmitAsync(With(BudgetApprovalScenario.Request(5_000m, category: null), "First reason"))).Id();
        (await s.Engine.ActAsync("director", request, "return", "say more")).EnsureSuccessStatusCode();

        var resubmitted = await s.Engine["researcher"].PostJsonAsync<JsonElement>($"{ApprovalEngineScenario.Url}/{request}/resubmit", new
        {
            title = "Spring fair", amount = 5_000m, currency = "CNY", riskTier = "Tactical", isSpecial = false, description = "  Booth, posters and travel  ",
        });

        resubmitted.GetProperty("request").GetProperty("description").GetString().ShouldBe("Booth, posters and travel");
    }

    private static Dictionary<string, object?> With(object request, string description)
    {
        var fields = JsonSerializer.SerializeToElement(request, ApiClient.Json).EnumerateObject().ToDictionary(p => p.Name, p => (object?)p.Value);
        fields["description"] = description;
        return fields;
    }
}

public sealed class ApprovalRequestDetailForApproverTestsOnSqlite(SqliteApiFixture fixture) : ApprovalRequestDetailForApproverTests(fixture), IClassFixture<SqliteApiFixture>;

public sealed class ApprovalRequestDetailForApproverTestsOnPostgreSql(PostgreSqlApiFixture fixture) : ApprovalRequestDetailForApproverTests(fixture), IClassFixture<PostgreSqlApiFixture>;
