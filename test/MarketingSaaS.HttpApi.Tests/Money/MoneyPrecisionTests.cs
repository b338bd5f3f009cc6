using System.Net;
using System.Text;
using System.Text.Json;
using MarketingSaaS.HttpApi.Tests.Budgets;
using MarketingSaaS.TestBase.Clients;
using MarketingSaaS.TestBase.Hosting;
using Shouldly;
using Xunit;

namespace MarketingSaaS.HttpApi.Tests.Money;

/// <summary>
/// Issue 20, defect 3: an amount beyond its currency's minor units or beyond 18 significant digits is refused (400 on
/// the field), so what is routed or checked is exactly what the numeric(18,2) columns store, on every provider.
/// </summary>
public abstract class MoneyPrecisionTests(ApiFixture fixture)
{
    private const string Decimals2 = "Use at most 2 decimals for this currency.";
    private const string Digits18 = "Use at most 18 digits.";

    [Theory]
    [InlineData("49999.995", "CNY", Decimals2)]
    [InlineData("0.30000000000000004", "CNY", Decimals2)]
    [InlineData("49999.9999999999999999999999999", "CNY", Digits18)]
    [InlineData("\"49999.9999999999999999999999999\"", "CNY", Digits18)]
    [InlineData("100.5", "JPY", "Use at most 0 decimals for this currency.")]
    public async Task An_approval_request_amount_the_currency_cannot_hold_is_a_field_error(string amount, string currency, string message)
    {
        var admin = await AdminAsync();
        var json = $$"""{"businessType":"Expense","subjectModule":"Test","subjectId":"{{Guid.NewGuid():N}}","title":"Fair","amount":{{amount}},"currency":"{{currency}}","riskTier":"Tactical","isSpecial":false}""";

        var problem = await (await admin.Http.PostAsync("/api/approvals/requests", Json(json))).ReadProblemAsync(HttpStatusCode.BadRequest);

        problem.GetProperty("errors").GetProperty("amount").EnumerateArray().Select(e => e.GetString()).ShouldBe([message]);
    }

    [Fact]
    public async Task A_route_simulation_and_a_policy_threshold_follow_the_same_rule()
    {
        var admin = await AdminAsync();

        var simulation = await (await admin.Http.PostAsync("/api/approvals/policies/simulate", Json("""{"businessType":"Expense","amount":49999.995,"currency":"CNY","riskTier":"Tactical"}""")))
            .ReadProblemAsync(HttpStatusCode.BadRequest);
        var policy = await (await admin.Http.PostAsync("/api/approvals/policies", Json("""{"businessType":"Expense","name":"P","rules":[{"name":"r","minAmount":0.001,"currency":"CNY","stages":[]}]}""")))
            .ReadProblemAsync(HttpStatusCode.BadRequest);

        simulation.GetProperty("errors").GetProperty("amount")[0].GetString().ShouldBe(Decimals2);
        policy.GetProperty("errors").GetProperty("rules[0].minAmount")[0].GetString().ShouldBe(Decimals2);
    }

    [Fact]
    public async Task Budget_commitments_and_expenses_refuse_a_third_decimal()
    {
        var admin = await AdminAsync();
        var unitId = await admin.CreateUnitIdAsync();
        await admin.CreateBudgetAsync(unitId, 2026, BudgetClient.Line("Research", 100_000m));
        var date = new DateTimeOffset(2026, 5, 10, 4, 0, 0, TimeSpan.Zero);

        var commitment = await (await admin.CommitAsync(unitId, "Research", 10.005m, date)).ReadProblemAsync(HttpStatusCode.BadRequest);
        var expense = await (await admin.RecordExpenseAsync(unitId, "Research", 10.005m, date)).ReadProblemAsync(HttpStatusCode.BadRequest);

        commitment.GetProperty("errors").GetProperty("amount")[0].GetString().ShouldBe(Decimals2);
        expense.GetProperty("errors").GetProperty("amount")[0].GetString().ShouldBe(Decimals2);
    }

    [Fact]
    public async Task A_budget_in_yen_refuses_decimals_on_its_lines()
    {
        var admin = await AdminAsync();
        var unitId = await admin.CreateUnitIdAsync();
        var json = $$"""{"fiscalYear":2026,"organizationUnitId":"{{unitId}}","currency":"JPY","name":"Yen","lines":[{"category":"Research","periodKind":"Year","plannedAmount":1000.5}]}""";

        var problem = await (await admin.Http.PostAsync("/api/budgets", Json(json))).ReadProblemAsync(HttpStatusCode.BadRequest);

        problem.GetProperty("errors").GetProperty("lines[0].plannedAmount")[0].GetString().ShouldBe("Use at most 0 decimals for this currency.");
    }

    [Fact]
    public async Task Two_decimals_are_stored_exactly_as_sent()
    {
        var admin = await AdminAsync();
        var unitId = await admin.CreateUnitIdAsync();
        var budget = await admin.CreateBudgetAsync(unitId, 2026, BudgetClient.Line("Research", 100_000m));

        (await admin.Http.PostAsync("/api/budgets/expenses", Json($$"""{"organizationUnitId":"{{unitId}}","category":"Research","date":"2026-05-10T04:00:00Z","amount":49999.990,"currency":"CNY","description":"spent"}""")))
            .StatusCode.ShouldBe(HttpStatusCode.OK);

        (await admin.FiguresAsync(budget.Id())).GetProperty("total").Amount("actual").ShouldBe(49_999.99m);
    }

    private async Task<ApiClient> AdminAsync()
    {
        var admin = (await fixture.SignUpAsync()).Admin;
        admin.Http.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        return admin;
    }

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");
}

public sealed class MoneyPrecisionTestsOnSqlite(SqliteApiFixture fixture) : MoneyPrecisionTests(fixture), IClassFixture<SqliteApiFixture>;

public sealed class MoneyPrecisionTestsOnPostgreSql(PostgreSqlApiFixture fixture) : MoneyPrecisionTests(fixture), IClassFixture<PostgreSqlApiFixture>;
