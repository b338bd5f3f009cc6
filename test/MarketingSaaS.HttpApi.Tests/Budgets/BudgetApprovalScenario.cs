using System.Net;
using System.Text.Json;
using MarketingSaaS.HttpApi.Tests.Approvals;
using MarketingSaaS.HttpApi.Tests.OrgChart;
using MarketingSaaS.TestBase.Clients;
using MarketingSaaS.TestBase.Hosting;
using Shouldly;

namespace MarketingSaaS.HttpApi.Tests.Budgets;

/// <summary>
/// The approval engine scenario (default org chart and policies; the researcher submits, the marketing director
/// decides tactical events under 50,000 CNY) with a budget for the researcher's unit in fiscal 2026 (the test clock's year).
/// </summary>
internal sealed class BudgetApprovalScenario
{
    public required ApprovalEngineScenario Engine { get; init; }

    public required Guid UnitId { get; init; }

    public required Guid BudgetId { get; init; }

    public ApiClient Admin => Engine.Session.Admin;

    public static async Task<BudgetApprovalScenario> CreateAsync(ApiFixture fixture, params object[] lines)
    {
        var engine = await ApprovalEngineScenario.CreateAsync(fixture);
        var unitId = engine.Org.Positions["市场调研岗"].GetProperty("organizationUnitIds")[0].GetGuid();
        var budget = await engine.Session.Admin.CreateBudgetAsync(unitId, 2026, lines);
        return new BudgetApprovalScenario { Engine = engine, UnitId = unitId, BudgetId = budget.Id() };
    }

    public static object Request(decimal amount, string? category = "Research", Guid? budgetUnitId = null, string currency = "CNY", string tier = "Tactical", string businessType = "Events.Event") => new
    {
        businessType,
        subjectModule = "Events",
        subjectId = Guid.NewGuid().ToString("N"),
        title = "Spring fair",
        amount,
        currency,
        riskTier = tier,
        isSpecial = false,
        budgetCategory = category,
        budgetUnitId,
    };

    public Task<HttpResponseMessage> TrySubmitAsync(object request) => Engine["researcher"].PostAsync(ApprovalEngineScenario.Url, request);

    public Task<JsonElement> SubmitAsync(decimal amount, string category = "Research") => Engine.SubmitAsync(Request(amount, category));

    /// <summary>Every approver of every stage approves, in order.</summary>
    public async Task<JsonElement> ApproveAllAsync(Guid requestId)
    {
        var users = Engine.Org.Users.ToDictionary(u => u.Value, u => u.Key);
        var details = await Engine.GetAsync("researcher", requestId);
        foreach (var stage in ApprovalEngineScenario.Stages(details))
        {
            foreach (var approver in stage)
            {
                var response = await Engine.ActAsync(users[approver], requestId, "approve");
                response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
            }
        }

        details = await Engine.GetAsync("researcher", requestId);
        ApprovalEngineScenario.Status(details).ShouldBe("Approved");
        return details;
    }

    public async Task<JsonElement> SubmitAndApproveAsync(decimal amount, string category = "Research") =>
        await ApproveAllAsync((await SubmitAsync(amount, category)).Id());

    public Task<JsonElement> FiguresAsync() => Admin.FiguresAsync(BudgetId);

    public Task<JsonElement[]> CommitmentsAsync() => Admin.GetJsonAsync<JsonElement[]>($"/api/budgets/{BudgetId}/commitments");

    public Task<JsonElement[]> WarningsAsync() => Admin.GetJsonAsync<JsonElement[]>($"/api/budgets/{BudgetId}/warnings");
}
