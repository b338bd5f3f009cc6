using System.Net;
using System.Text.Json;
using MarketingSaaS.HttpApi.Tests.Approvals;
using MarketingSaaS.HttpApi.Tests.OrgChart;
using MarketingSaaS.TestBase;
using MarketingSaaS.TestBase.Clients;
using MarketingSaaS.TestBase.Hosting;
using Shouldly;
using Xunit;

namespace MarketingSaaS.HttpApi.Tests.Budgets;

/// <summary>
/// Two commitments at the same moment that together exceed the budget: exactly one succeeds, and the other is told the
/// budget is exceeded (422), never a concurrency conflict (docs/budgets.md, "Lost races").
/// </summary>
public abstract class BudgetConcurrencyTests(ApiFixture fixture)
{
    [Fact]
    public async Task Parallel_commitments_never_exceed_the_budget()
    {
        var session = await fixture.SignUpAsync();
        var second = await session.SignInAsync("admin", TestAccounts.AdminPassword);
        var unitId = await session.Admin.CreateUnitIdAsync();
        var budget = await session.Admin.CreateBudgetAsync(unitId, 2026, BudgetClient.Line("Research", 1_000m));
        var date = new DateTimeOffset(2026, 5, 10, 4, 0, 0, TimeSpan.Zero);

        for (var round = 1; round <= 8; round++)
        {
            var answers = await Task.WhenAll(
                session.Admin.CommitAsync(unitId, "Research", 600m, date),
                second.CommitAsync(unitId, "Research", 600m, date));

            var codes = answers.Select(a => (int)a.StatusCode).Order().ToArray();
            codes[0].ShouldBe(200, string.Join(", ", codes));
            codes[1].ShouldBe(422, string.Join(", ", codes));
            var loser = answers.Single(a => a.StatusCode != HttpStatusCode.OK);
            (await loser.ReadProblemAsync((HttpStatusCode)422)).GetProperty("code").GetString().ShouldBe("Budgets:BudgetExceeded");

            var total = (await session.Admin.FiguresAsync(budget.Id())).GetProperty("total");
            total.Amount("committed").ShouldBe(600m);
            total.Amount("committed").ShouldBeLessThanOrEqualTo(total.Amount("planned"));

            var open = (await session.Admin.GetJsonAsync<JsonElement[]>($"/api/budgets/{budget.Id()}/commitments")).Single(c => c.GetProperty("status").GetString() == "Open");
            (await session.Admin.PostAsync($"/api/budgets/commitments/{open.Id()}/release", null)).EnsureSuccessStatusCode();
        }
    }

    [Fact]
    public async Task Parallel_approvals_of_two_requests_never_exceed_the_budget()
    {
        var s = await BudgetApprovalScenario.CreateAsync(fixture, BudgetClient.Line("Research", 1_000m));
        var secondDirector = await s.Engine.Session.SignInAsync("director", TestAccounts.UserPassword);

        for (var round = 1; round <= 6; round++)
        {
            var a = (await s.SubmitAsync(600m)).Id();
            var b = (await s.SubmitAsync(600m)).Id();

            var answers = await Task.WhenAll(
                s.Engine.ActAsync("director", a, "approve"),
                secondDirector.PostAsync($"{ApprovalEngineScenario.Url}/{b}/approve", new { comment = (string?)null }));

            var codes = answers.Select(r => (int)r.StatusCode).Order().ToArray();
            codes[0].ShouldBe(200, string.Join(", ", codes));
            codes[1].ShouldBe(422, string.Join(", ", codes));
            var loser = answers.Single(r => r.StatusCode != HttpStatusCode.OK);
            (await loser.ReadProblemAsync((HttpStatusCode)422)).GetProperty("code").GetString().ShouldBe("Budgets:BudgetExceeded");
            (await s.FiguresAsync()).Category("Research").GetProperty("total").Amount("committed").ShouldBe(600m);

            // Reject whichever is still pending and release the winner's money for the next round.
            var pending = ApprovalEngineScenario.Status(await s.Engine.GetAsync("researcher", a)) == "Pending" ? a : b;
            (await s.Engine.ActAsync("director", pending, "reject", "no money left")).StatusCode.ShouldBe(HttpStatusCode.OK);
            var open = (await s.CommitmentsAsync()).Single(c => c.GetProperty("status").GetString() == "Open");
            (await s.Admin.PostAsync($"/api/budgets/commitments/{open.Id()}/release", null)).EnsureSuccessStatusCode();
        }
    }
}

public sealed class BudgetConcurrencyTestsOnSqlite(SqliteApiFixture fixture) : BudgetConcurrencyTests(fixture), IClassFixture<SqliteApiFixture>;

public sealed class BudgetConcurrencyTestsOnPostgreSql(PostgreSqlApiFixture fixture) : BudgetConcurrencyTests(fixture), IClassFixture<PostgreSqlApiFixture>;
