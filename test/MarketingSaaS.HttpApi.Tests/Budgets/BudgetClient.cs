using System.Text.Json;
using MarketingSaaS.HttpApi.Tests.OrgChart;
using MarketingSaaS.TestBase.Clients;

namespace MarketingSaaS.HttpApi.Tests.Budgets;

/// <summary>Small helpers over the budgets API for the tests.</summary>
internal static class BudgetClient
{
    public static async Task<Guid> CreateUnitIdAsync(this ApiClient client, string name = "Marketing") =>
        (await client.CreateUnitAsync(name)).Id();

    public static object Line(string category, decimal planned, string periodKind = "Year", int? periodNumber = null) =>
        new { category, periodKind, periodNumber, plannedAmount = planned };

    public static Task<JsonElement> CreateBudgetAsync(this ApiClient client, Guid unitId, int year, params object[] lines) =>
        client.PostJsonAsync<JsonElement>("/api/budgets", new { fiscalYear = year, organizationUnitId = unitId, name = $"Budget {year}", lines });

    public static Task<HttpResponseMessage> CommitAsync(this ApiClient client, Guid unitId, string category, decimal amount, DateTimeOffset date, string currency = "CNY") =>
        client.PostAsync("/api/budgets/commitments", new { sourceReference = "approvals:" + Guid.NewGuid(), organizationUnitId = unitId, category, date, amount, currency });

    public static async Task<JsonElement> CommitOkAsync(this ApiClient client, Guid unitId, string category, decimal amount, DateTimeOffset date, string currency = "CNY") =>
        await (await client.CommitAsync(unitId, category, amount, date, currency)).ReadAsAsync<JsonElement>();

    public static Task<HttpResponseMessage> RecordExpenseAsync(this ApiClient client, Guid unitId, string category, decimal amount, DateTimeOffset date, Guid? commitmentId = null, string currency = "CNY") =>
        client.PostAsync("/api/budgets/expenses", new { organizationUnitId = unitId, category, date, amount, currency, description = "spent", commitmentId });

    public static Task SetSettingAsync(this ApiClient client, string name, string? value) =>
        client.PutAsync("/api/settings", new { values = new Dictionary<string, string?> { [name] = value } })
            .ContinueWith(t => t.Result.EnsureSuccessStatusCode());

    public static Task<JsonElement> FiguresAsync(this ApiClient client, Guid budgetId) =>
        client.GetJsonAsync<JsonElement>($"/api/budgets/{budgetId}/figures");

    public static JsonElement Category(this JsonElement figures, string category) =>
        figures.GetProperty("categories").EnumerateArray().Single(c => c.GetProperty("category").GetString() == category);

    public static JsonElement Period(this JsonElement categoryFigures, string periodKind, int? periodNumber = null) =>
        categoryFigures.GetProperty("periods").EnumerateArray().Single(p =>
            p.GetProperty("periodKind").GetString() == periodKind
            && (periodNumber is null ? p.GetProperty("periodNumber").ValueKind == JsonValueKind.Null : p.GetProperty("periodNumber").GetInt32() == periodNumber))
            .GetProperty("figure");

    public static decimal Amount(this JsonElement figure, string name) => figure.GetProperty(name).GetDecimal();

    public static string Level(this JsonElement figure) => figure.GetProperty("warningLevel").GetString()!;
}
