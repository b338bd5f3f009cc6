using System.Net;
using System.Text.Json;
using MarketingSaaS.HttpApi.Tests.OrgChart;
using MarketingSaaS.TestBase;
using MarketingSaaS.TestBase.Clients;
using MarketingSaaS.TestBase.Hosting;
using Shouldly;
using Xunit;

namespace MarketingSaaS.HttpApi.Tests.Budgets;

public abstract class BudgetApiTests(ApiFixture fixture)
{
    private static readonly DateTimeOffset InMay2026 = new(2026, 5, 10, 4, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_budget_is_created_read_and_its_lines_replaced_with_the_current_stamp_only()
    {
        var session = await fixture.SignUpAsync();
        var unitId = await session.Admin.CreateUnitIdAsync();

        var created = await session.Admin.CreateBudgetAsync(unitId, 2026,
            BudgetClient.Line("Research", 1200m), BudgetClient.Line("Advertising", 300.50m, "Quarter", 2), BudgetClient.Line("Advertising", 99.99m, "Month", 12));
        created.GetProperty("currency").GetString().ShouldBe("CNY");
        created.GetProperty("lines").GetArrayLength().ShouldBe(3);

        var read = await session.Admin.GetJsonAsync<JsonElement>($"/api/budgets/{created.Id()}");
        read.GetProperty("figures").GetProperty("total").Amount("planned").ShouldBe(1200m + 300.50m);
        var stamp = read.GetProperty("concurrencyStamp").GetString();

        var updated = await (await session.Admin.PutAsync($"/api/budgets/{created.Id()}", new
        {
            name = "Renamed",
            lines = new[] { BudgetClient.Line("Other", 10m) },
            concurrencyStamp = stamp,
        })).ReadAsAsync<JsonElement>();
        updated.GetProperty("name").GetString().ShouldBe("Renamed");
        updated.GetProperty("lines").EnumerateArray().Single().GetProperty("category").GetString().ShouldBe("Other");
        updated.GetProperty("concurrencyStamp").GetString().ShouldNotBe(stamp);

        var stale = await session.Admin.PutAsync($"/api/budgets/{created.Id()}", new { name = "Stale", lines = Array.Empty<object>(), concurrencyStamp = stamp });
        await stale.ReadProblemAsync(HttpStatusCode.Conflict);
        (await session.Admin.GetJsonAsync<JsonElement>($"/api/budgets/{created.Id()}")).GetProperty("name").GetString().ShouldBe("Renamed");

        var list = await session.Admin.GetJsonAsync<JsonElement[]>($"/api/budgets?year=2026&unitId={unitId}");
        list.Single().Id().ShouldBe(created.Id());
        (await session.Admin.GetJsonAsync<JsonElement[]>("/api/budgets?year=2027")).ShouldBeEmpty();
    }

    [Fact]
    public async Task Invalid_budgets_are_refused()
    {
        var session = await fixture.SignUpAsync();
        var unitId = await session.Admin.CreateUnitIdAsync();
        await session.Admin.CreateBudgetAsync(unitId, 2026);

        var duplicate = await session.Admin.PostAsync("/api/budgets", new { fiscalYear = 2026, organizationUnitId = unitId, name = "Again" });
        (await duplicate.ReadProblemAsync((HttpStatusCode)422)).GetProperty("code").GetString().ShouldBe("Budgets:BudgetExists");

        var unknownUnit = await session.Admin.PostAsync("/api/budgets", new { fiscalYear = 2026, organizationUnitId = Guid.NewGuid(), name = "Nowhere" });
        (await unknownUnit.ReadProblemAsync((HttpStatusCode)422)).GetProperty("code").GetString().ShouldBe("MarketingSaaS:UnknownOrganizationUnit");

        var negative = await session.Admin.PostAsync("/api/budgets", new { fiscalYear = 2027, organizationUnitId = unitId, name = "Negative", lines = new[] { BudgetClient.Line("Research", -0.01m) } });
        (await negative.ReadProblemAsync(HttpStatusCode.BadRequest)).GetRawText().ShouldContain("lines[0].plannedAmount");

        var thirdDecimal = await session.Admin.PostAsync("/api/budgets", new { fiscalYear = 2027, organizationUnitId = unitId, name = "Fraction", lines = new[] { BudgetClient.Line("Research", 0.005m) } });
        await thirdDecimal.ReadProblemAsync(HttpStatusCode.BadRequest);

        var badQuarter = await session.Admin.PostAsync("/api/budgets", new { fiscalYear = 2027, organizationUnitId = unitId, name = "Q5", lines = new[] { BudgetClient.Line("Research", 1m, "Quarter", 5) } });
        await badQuarter.ReadProblemAsync(HttpStatusCode.BadRequest);

        var badCurrency = await session.Admin.PostAsync("/api/budgets", new { fiscalYear = 2027, organizationUnitId = unitId, name = "Money", currency = "EU1" });
        await badCurrency.ReadProblemAsync(HttpStatusCode.BadRequest);

        (await session.Admin.GetJsonAsync<JsonElement[]>("/api/budgets")).Length.ShouldBe(1);
    }

    [Fact]
    public async Task Figures_add_up_exactly_in_decimals()
    {
        var session = await fixture.SignUpAsync();
        var unitId = await session.Admin.CreateUnitIdAsync();
        var budget = await session.Admin.CreateBudgetAsync(unitId, 2026,
            BudgetClient.Line("Research", 33_333.33m, "Quarter", 1),
            BudgetClient.Line("Research", 33_333.33m, "Quarter", 2),
            BudgetClient.Line("Research", 33_333.33m, "Quarter", 3),
            BudgetClient.Line("Other", 0.30m));

        await session.Admin.CommitOkAsync(unitId, "Other", 0.10m, InMay2026);
        (await session.Admin.RecordExpenseAsync(unitId, "Other", 0.20m, InMay2026)).EnsureSuccessStatusCode();
        for (var i = 0; i < 3; i++)
        {
            (await session.Admin.RecordExpenseAsync(unitId, "Research", 11_111.11m, InMay2026)).EnsureSuccessStatusCode();
        }

        var figures = await session.Admin.FiguresAsync(budget.Id());
        var other = figures.Category("Other").GetProperty("total");
        other.Amount("committed").ShouldBe(0.10m);
        other.Amount("actual").ShouldBe(0.20m);
        other.Amount("remaining").ShouldBe(0m);
        other.Amount("utilisation").ShouldBe(100m);
        other.Level().ShouldBe("Warning100");

        var research = figures.Category("Research");
        research.GetProperty("total").Amount("planned").ShouldBe(99_999.99m);
        research.GetProperty("total").Amount("remaining").ShouldBe(66_666.66m);
        research.GetProperty("total").Amount("utilisation").ShouldBe(33.33m);
        var q2 = research.Period("Quarter", 2);
        q2.Amount("actual").ShouldBe(33_333.33m);
        q2.Amount("remaining").ShouldBe(0m);
        q2.Level().ShouldBe("Warning100");
        research.Period("Quarter", 1).Amount("actual").ShouldBe(0m);

        figures.GetProperty("total").Amount("planned").ShouldBe(100_000.29m);
        figures.GetProperty("total").Amount("remaining").ShouldBe(66_666.66m);

        var summary = await session.Admin.GetJsonAsync<JsonElement>($"/api/budgets/summary?year=2026&unitId={unitId}");
        summary.GetProperty("budgets").EnumerateArray().Single().GetProperty("budgetId").GetGuid().ShouldBe(budget.Id());
        summary.GetProperty("totalsByCurrency").GetProperty("CNY").Amount("actual").ShouldBe(33_333.53m);
        (await session.Admin.GetJsonAsync<JsonElement>("/api/budgets/summary?year=2025")).GetProperty("budgets").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task Dates_fall_in_the_fiscal_year_of_the_company_time_zone()
    {
        var session = await fixture.SignUpAsync();
        var unitId = await session.Admin.CreateUnitIdAsync();
        var b2026 = await session.Admin.CreateBudgetAsync(unitId, 2026, BudgetClient.Line("Advertising", 1000m));
        var b2027 = await session.Admin.CreateBudgetAsync(unitId, 2027, BudgetClient.Line("Advertising", 1000m));

        // 2026-12-31T17:00Z is 2027-01-01 01:00 in Shanghai.
        var newYear = (await session.Admin.CommitOkAsync(unitId, "Advertising", 1m, new DateTimeOffset(2026, 12, 31, 17, 0, 0, TimeSpan.Zero))).GetProperty("commitment");
        newYear.GetProperty("budgetId").GetGuid().ShouldBe(b2027.Id());
        newYear.GetProperty("fiscalYear").GetInt32().ShouldBe(2027);
        newYear.GetProperty("fiscalQuarter").GetInt32().ShouldBe(1);
        newYear.GetProperty("month").GetInt32().ShouldBe(1);

        var newYearsEve = (await session.Admin.CommitOkAsync(unitId, "Advertising", 2m, new DateTimeOffset(2026, 12, 31, 15, 59, 0, TimeSpan.Zero))).GetProperty("commitment");
        newYearsEve.GetProperty("budgetId").GetGuid().ShouldBe(b2026.Id());
        newYearsEve.GetProperty("fiscalQuarter").GetInt32().ShouldBe(4);
        newYearsEve.GetProperty("month").GetInt32().ShouldBe(12);

        (await session.Admin.FiguresAsync(b2026.Id())).GetProperty("total").Amount("committed").ShouldBe(2m);
        (await session.Admin.FiguresAsync(b2027.Id())).GetProperty("total").Amount("committed").ShouldBe(1m);

        var noBudget = await session.Admin.CommitAsync(unitId, "Advertising", 1m, new DateTimeOffset(2028, 6, 1, 0, 0, 0, TimeSpan.Zero));
        (await noBudget.ReadProblemAsync((HttpStatusCode)422)).GetProperty("code").GetString().ShouldBe("Budgets:NoBudget");
    }

    [Fact]
    public async Task A_fiscal_year_starting_in_April_runs_to_the_end_of_March()
    {
        var session = await fixture.SignUpAsync();
        await session.Admin.SetSettingAsync("Platform.FiscalYearStartMonth", "4");
        var unitId = await session.Admin.CreateUnitIdAsync();
        var fy2026 = await session.Admin.CreateBudgetAsync(unitId, 2026, BudgetClient.Line("Research", 100m, "Quarter", 4), BudgetClient.Line("Research", 100m, "Month", 3));
        var fy2027 = await session.Admin.CreateBudgetAsync(unitId, 2027, BudgetClient.Line("Research", 100m, "Quarter", 1));

        // 2027-03-31T15:00Z is 23:00 on 31 March in Shanghai; 16:00Z is already 1 April.
        var march = (await session.Admin.CommitOkAsync(unitId, "Research", 10m, new DateTimeOffset(2027, 3, 31, 15, 0, 0, TimeSpan.Zero))).GetProperty("commitment");
        march.GetProperty("budgetId").GetGuid().ShouldBe(fy2026.Id());
        march.GetProperty("fiscalQuarter").GetInt32().ShouldBe(4);
        var april = (await session.Admin.CommitOkAsync(unitId, "Research", 20m, new DateTimeOffset(2027, 3, 31, 16, 0, 0, TimeSpan.Zero))).GetProperty("commitment");
        april.GetProperty("budgetId").GetGuid().ShouldBe(fy2027.Id());
        april.GetProperty("fiscalQuarter").GetInt32().ShouldBe(1);
        april.GetProperty("month").GetInt32().ShouldBe(4);

        var research2026 = (await session.Admin.FiguresAsync(fy2026.Id())).Category("Research");
        research2026.Period("Quarter", 4).Amount("committed").ShouldBe(10m);
        research2026.Period("Month", 3).Amount("committed").ShouldBe(10m);
        (await session.Admin.FiguresAsync(fy2027.Id())).Category("Research").Period("Quarter", 1).Amount("committed").ShouldBe(20m);
    }

    [Fact]
    public async Task Block_policy_refuses_commitments_over_the_remaining_amount_after_80_and_100_percent_warnings()
    {
        var session = await fixture.SignUpAsync();
        var unitId = await session.Admin.CreateUnitIdAsync();
        var budget = await session.Admin.CreateBudgetAsync(unitId, 2026, BudgetClient.Line("PromotionEvents", 1000m));
        var config = await session.Admin.GetJsonAsync<JsonElement>("/api/application-configuration");
        config.GetProperty("settings").GetProperty("Budgets.OverBudgetPolicy").GetString().ShouldBe("Block");

        (await session.Admin.CommitOkAsync(unitId, "PromotionEvents", 799.99m, InMay2026)).GetProperty("warningLevel").GetString().ShouldBe("Ok");
        (await session.Admin.FiguresAsync(budget.Id())).GetProperty("total").Level().ShouldBe("Ok");
        (await session.Admin.CommitOkAsync(unitId, "PromotionEvents", 0.01m, InMay2026)).GetProperty("warningLevel").GetString().ShouldBe("Warning80");
        (await session.Admin.FiguresAsync(budget.Id())).GetProperty("total").Level().ShouldBe("Warning80");

        var check = await session.Admin.PostJsonAsync<JsonElement>("/api/budgets/check", new { organizationUnitId = unitId, category = "PromotionEvents", date = InMay2026, amount = 200.01m });
        check.GetProperty("warningLevel").GetString().ShouldBe("Over");
        check.GetProperty("remaining").GetDecimal().ShouldBe(200m);

        var over = await session.Admin.CommitAsync(unitId, "PromotionEvents", 200.01m, InMay2026);
        var problem = await over.ReadProblemAsync((HttpStatusCode)422);
        problem.GetProperty("code").GetString().ShouldBe("Budgets:BudgetExceeded");
        problem.GetProperty("title").GetString()!.ShouldContain("200.00");

        var exact = await session.Admin.CommitOkAsync(unitId, "PromotionEvents", 200m, InMay2026);
        exact.GetProperty("warningLevel").GetString().ShouldBe("Warning100");
        exact.GetProperty("needsExtraApproval").GetBoolean().ShouldBeFalse();
        (await session.Admin.FiguresAsync(budget.Id())).GetProperty("total").Level().ShouldBe("Warning100");

        var unplannedCategory = await session.Admin.CommitAsync(unitId, "Research", 1m, InMay2026);
        (await unplannedCategory.ReadProblemAsync((HttpStatusCode)422)).GetProperty("code").GetString().ShouldBe("Budgets:BudgetExceeded");
    }

    [Fact]
    public async Task Extra_approval_policy_lets_commitments_over_budget_pass_with_an_extra_stage()
    {
        var session = await fixture.SignUpAsync();
        await session.Admin.SetSettingAsync("Budgets.OverBudgetPolicy", "ExtraApproval");
        var unitId = await session.Admin.CreateUnitIdAsync();
        var budget = await session.Admin.CreateBudgetAsync(unitId, 2026, BudgetClient.Line("Advertising", 100m));
        var unknownPolicy = await session.Admin.PutAsync("/api/settings", new { values = new Dictionary<string, string?> { ["Budgets.OverBudgetPolicy"] = "1" } });
        await unknownPolicy.ReadProblemAsync(HttpStatusCode.BadRequest);

        var within = await session.Admin.CommitOkAsync(unitId, "Advertising", 100m, InMay2026);
        within.GetProperty("needsExtraApproval").GetBoolean().ShouldBeFalse();
        var over = await session.Admin.CommitOkAsync(unitId, "Advertising", 0.01m, InMay2026);
        over.GetProperty("warningLevel").GetString().ShouldBe("Over");
        over.GetProperty("needsExtraApproval").GetBoolean().ShouldBeTrue();
        over.GetProperty("commitment").GetProperty("needsExtraApproval").GetBoolean().ShouldBeTrue();

        var total = (await session.Admin.FiguresAsync(budget.Id())).GetProperty("total");
        total.Level().ShouldBe("Over");
        total.Amount("remaining").ShouldBe(-0.01m);
    }

    [Fact]
    public async Task Commitments_and_expenses_check_amount_currency_and_unit()
    {
        var session = await fixture.SignUpAsync();
        var unitId = await session.Admin.CreateUnitIdAsync();
        await session.Admin.CreateBudgetAsync(unitId, 2026, BudgetClient.Line("Advertising", 100m));

        var usd = await session.Admin.CommitAsync(unitId, "Advertising", 1m, InMay2026, "USD");
        (await usd.ReadProblemAsync((HttpStatusCode)422)).GetProperty("code").GetString().ShouldBe("Budgets:CurrencyMismatch");
        var usdExpense = await session.Admin.RecordExpenseAsync(unitId, "Advertising", 1m, InMay2026, currency: "USD");
        (await usdExpense.ReadProblemAsync((HttpStatusCode)422)).GetProperty("code").GetString().ShouldBe("Budgets:CurrencyMismatch");

        (await session.Admin.CommitAsync(unitId, "Advertising", -5m, InMay2026)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await session.Admin.CommitAsync(unitId, "Advertising", 0m, InMay2026)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await session.Admin.RecordExpenseAsync(unitId, "Advertising", -1m, InMay2026)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        var unknownUnit = await session.Admin.CommitAsync(Guid.NewGuid(), "Advertising", 1m, InMay2026);
        (await unknownUnit.ReadProblemAsync((HttpStatusCode)422)).GetProperty("code").GetString().ShouldBe("MarketingSaaS:UnknownOrganizationUnit");
    }

    [Fact]
    public async Task Expenses_settle_commitments_and_released_commitments_free_the_money()
    {
        var session = await fixture.SignUpAsync();
        var unitId = await session.Admin.CreateUnitIdAsync();
        var budget = await session.Admin.CreateBudgetAsync(unitId, 2026, BudgetClient.Line("Research", 1000m));
        var first = (await session.Admin.CommitOkAsync(unitId, "Research", 600m, InMay2026)).GetProperty("commitment");
        var second = (await session.Admin.CommitOkAsync(unitId, "Research", 300m, InMay2026)).GetProperty("commitment");

        var expense = await (await session.Admin.RecordExpenseAsync(unitId, "Research", 250.25m, InMay2026, first.Id())).ReadAsAsync<JsonElement>();
        expense.GetProperty("commitmentId").GetGuid().ShouldBe(first.Id());
        var total = (await session.Admin.FiguresAsync(budget.Id())).GetProperty("total");
        total.Amount("committed").ShouldBe(600m - 250.25m + 300m);
        total.Amount("actual").ShouldBe(250.25m);
        total.Amount("remaining").ShouldBe(100m);

        var released = await (await session.Admin.PostAsync($"/api/budgets/commitments/{second.Id()}/release", null)).ReadAsAsync<JsonElement>();
        released.GetProperty("status").GetString().ShouldBe("Released");
        released.GetProperty("openAmount").GetDecimal().ShouldBe(0m);
        (await session.Admin.FiguresAsync(budget.Id())).GetProperty("total").Amount("remaining").ShouldBe(400m);

        var again = await session.Admin.PostAsync($"/api/budgets/commitments/{second.Id()}/release", null);
        (await again.ReadProblemAsync((HttpStatusCode)422)).GetProperty("code").GetString().ShouldBe("Budgets:CommitmentNotOpen");
        var settleReleased = await session.Admin.RecordExpenseAsync(unitId, "Research", 1m, InMay2026, second.Id());
        (await settleReleased.ReadProblemAsync((HttpStatusCode)422)).GetProperty("code").GetString().ShouldBe("Budgets:CommitmentNotOpen");
        var otherCategory = await session.Admin.RecordExpenseAsync(unitId, "Advertising", 1m, InMay2026, first.Id());
        (await otherCategory.ReadProblemAsync((HttpStatusCode)422)).GetProperty("code").GetString().ShouldBe("Budgets:CommitmentMismatch");

        (await session.Admin.GetJsonAsync<JsonElement[]>($"/api/budgets/{budget.Id()}/commitments")).Length.ShouldBe(2);
        (await session.Admin.GetJsonAsync<JsonElement[]>($"/api/budgets/{budget.Id()}/expenses")).Single().Id().ShouldBe(expense.Id());
    }

    [Fact]
    public async Task Only_budgets_without_commitments_or_expenses_can_be_deleted()
    {
        var session = await fixture.SignUpAsync();
        var unitId = await session.Admin.CreateUnitIdAsync();
        var used = await session.Admin.CreateBudgetAsync(unitId, 2026, BudgetClient.Line("Research", 10m));
        var unused = await session.Admin.CreateBudgetAsync(unitId, 2027, BudgetClient.Line("Research", 10m));
        var commitment = (await session.Admin.CommitOkAsync(unitId, "Research", 1m, InMay2026)).GetProperty("commitment");
        await session.Admin.PostAsync($"/api/budgets/commitments/{commitment.Id()}/release", null);

        var refused = await session.Admin.DeleteAsync($"/api/budgets/{used.Id()}");
        (await refused.ReadProblemAsync((HttpStatusCode)422)).GetProperty("code").GetString().ShouldBe("Budgets:BudgetInUse");
        (await session.Admin.DeleteAsync($"/api/budgets/{unused.Id()}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await session.Admin.GetAsync($"/api/budgets/{unused.Id()}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await session.Admin.GetAsync($"/api/budgets/{used.Id()}")).StatusCode.ShouldBe(HttpStatusCode.OK);

        // The deleted budget's year is free again.
        (await session.Admin.PostAsync("/api/budgets", new { fiscalYear = 2027, organizationUnitId = unitId, name = "New 2027" })).StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    [Fact]
    public async Task Staff_record_expenses_but_neither_read_nor_manage_budgets()
    {
        var session = await fixture.SignUpAsync();
        var unitId = await session.Admin.CreateUnitIdAsync();
        await session.Admin.CreateBudgetAsync(unitId, 2026, BudgetClient.Line("Other", 50m));
        await MarketingSaaS.HttpApi.Tests.Identity.IdentityTestExtensions.CreateUserAsync(session, "staffer", "staff");
        var staff = await session.SignInAsync("staffer", TestAccounts.UserPassword);
        await MarketingSaaS.HttpApi.Tests.Identity.IdentityTestExtensions.CreateUserAsync(session, "head", "marketing-head");
        var head = await session.SignInAsync("head", TestAccounts.UserPassword);

        (await staff.RecordExpenseAsync(unitId, "Other", 5m, InMay2026)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await staff.GetAsync("/api/budgets")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await staff.CommitAsync(unitId, "Other", 1m, InMay2026)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        (await head.GetJsonAsync<JsonElement[]>("/api/budgets")).Length.ShouldBe(1);
        (await head.RecordExpenseAsync(unitId, "Other", 5m, InMay2026)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await head.PostAsync("/api/budgets", new { fiscalYear = 2027, organizationUnitId = unitId, name = "Head's" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}

public sealed class BudgetApiTestsOnSqlite(SqliteApiFixture fixture) : BudgetApiTests(fixture), IClassFixture<SqliteApiFixture>;

public sealed class BudgetApiTestsOnPostgreSql(PostgreSqlApiFixture fixture) : BudgetApiTests(fixture), IClassFixture<PostgreSqlApiFixture>;
