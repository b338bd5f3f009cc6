using System.Net;
using System.Text.Json;
using MarketingSaaS.HttpApi.Tests.Approvals;
using MarketingSaaS.HttpApi.Tests.OrgChart;
using MarketingSaaS.TestBase.Clients;
using MarketingSaaS.TestBase.Hosting;
using MarketingSaaS.HttpApi.Tests.Notifications;
using Shouldly;
using Xunit;

namespace MarketingSaaS.HttpApi.Tests.Budgets;

/// <summary>Approval requests with a budget category: checked at submission, committed when approved.</summary>
public abstract class BudgetApprovalApiTests(ApiFixture fixture)
{
    [Fact]
    public async Task Approved_requests_commit_their_amounts_exactly()
    {
        var s = await BudgetApprovalScenario.CreateAsync(fixture, BudgetClient.Line("Research", 100_000m));

        var ids = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            var approved = await s.SubmitAndApproveAsync(33_333.33m);
            var budget = approved.GetProperty("request").GetProperty("budget");
            budget.GetProperty("category").GetString().ShouldBe("Research");
            budget.GetProperty("organizationUnitId").GetGuid().ShouldBe(s.UnitId);
            budget.GetProperty("needsExtraApproval").GetBoolean().ShouldBeFalse();
            ids.Add(approved.GetProperty("request").Id());
        }

        var research = (await s.FiguresAsync()).Category("Research").GetProperty("total");
        research.Amount("committed").ShouldBe(99_999.99m);
        research.Amount("remaining").ShouldBe(0.01m);
        research.Level().ShouldBe("Warning80");
        (await s.CommitmentsAsync()).Select(c => c.GetProperty("sourceReference").GetString()).Order()
            .ShouldBe(ids.Select(id => "approvals:" + id).Order());
    }

    [Fact]
    public async Task Rejected_withdrawn_and_pending_requests_commit_nothing_and_requests_without_category_are_not_checked()
    {
        var s = await BudgetApprovalScenario.CreateAsync(fixture, BudgetClient.Line("Research", 1_000m));

        var rejected = (await s.SubmitAsync(500m)).Id();
        (await s.Engine.ActAsync("director", rejected, "reject", "not now")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var withdrawn = (await s.SubmitAsync(500m)).Id();
        (await s.Engine.ActAsync("researcher", withdrawn, "withdraw")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var pending = await s.SubmitAsync(400m);
        pending.TryGetProperty("budget", out var budget).ShouldBeTrue();
        budget.GetProperty("category").GetString().ShouldBe("Research");

        var unbudgeted = await s.Engine.SubmitAsync(BudgetApprovalScenario.Request(5_000m, category: null));
        unbudgeted.GetProperty("budget").ValueKind.ShouldBe(JsonValueKind.Null);
        await s.ApproveAllAsync(unbudgeted.Id());

        (await s.CommitmentsAsync()).ShouldBeEmpty();
        (await s.FiguresAsync()).Category("Research").GetProperty("total").Amount("committed").ShouldBe(0m);
    }

    [Fact]
    public async Task Block_policy_refuses_at_submission_one_cent_above_the_remaining_amount()
    {
        var s = await BudgetApprovalScenario.CreateAsync(fixture, BudgetClient.Line("Research", 1_000m));
        await s.SubmitAndApproveAsync(399.99m);

        var over = await s.TrySubmitAsync(BudgetApprovalScenario.Request(600.02m));
        var problem = await over.ReadProblemAsync((HttpStatusCode)422);
        problem.GetProperty("code").GetString().ShouldBe("Budgets:BudgetExceeded");
        problem.GetProperty("title").GetString()!.ShouldContain("600.01 CNY");
        (await s.Engine.ListAsync("researcher", "submitted-by-me")).Length.ShouldBe(1);

        var exact = await s.SubmitAsync(600.01m);
        await s.ApproveAllAsync(exact.Id());
        var research = (await s.FiguresAsync()).Category("Research").GetProperty("total");
        research.Amount("remaining").ShouldBe(0m);
        research.Level().ShouldBe("Warning100");
    }

    [Fact]
    public async Task Approval_fails_when_the_budget_was_used_up_after_submission_under_the_block_policy()
    {
        var s = await BudgetApprovalScenario.CreateAsync(fixture, BudgetClient.Line("Research", 1_000m));
        var first = (await s.SubmitAsync(700m)).Id();
        var second = (await s.SubmitAsync(700m)).Id();
        await s.ApproveAllAsync(first);

        var late = await s.Engine.ActAsync("director", second, "approve");

        (await late.ReadProblemAsync((HttpStatusCode)422)).GetProperty("code").GetString().ShouldBe("Budgets:BudgetExceeded");
        ApprovalEngineScenario.Status(await s.Engine.GetAsync("researcher", second)).ShouldBe("Pending");
        (await s.FiguresAsync()).Category("Research").GetProperty("total").Amount("committed").ShouldBe(700m);
    }

    [Fact]
    public async Task Extra_approval_policy_adds_a_final_stage_for_the_gm_and_finance_and_commits_over_budget()
    {
        var s = await BudgetApprovalScenario.CreateAsync(fixture, BudgetClient.Line("Research", 1_000m));
        await s.Admin.SetSettingAsync("Budgets.OverBudgetPolicy", "ExtraApproval");

        var within = await s.Engine.GetAsync("researcher", (await s.SubmitAsync(1_000m)).Id());
        ApprovalEngineScenario.Stages(within).Length.ShouldBe(1);

        var over = await s.Engine.GetAsync("researcher", (await s.SubmitAsync(1_000.01m)).Id());
        over.GetProperty("request").GetProperty("budget").GetProperty("needsExtraApproval").GetBoolean().ShouldBeTrue();
        var stages = ApprovalEngineScenario.Stages(over);
        stages.Length.ShouldBe(2);
        stages[0].ShouldBe([s.Engine.User("director")]);
        stages[1].Order().ShouldBe(new[] { s.Engine.User("gm"), s.Engine.User("finance") }.Order());
        over.GetProperty("stages")[1].GetProperty("mode").GetString().ShouldBe("All");

        await s.ApproveAllAsync(over.GetProperty("request").Id());
        var commitment = (await s.CommitmentsAsync()).Single();
        commitment.GetProperty("needsExtraApproval").GetBoolean().ShouldBeTrue();
        commitment.GetProperty("amount").GetDecimal().ShouldBe(1_000.01m);
        (await s.FiguresAsync()).Category("Research").GetProperty("total").Level().ShouldBe("Over");
    }

    [Fact]
    public async Task The_extra_stage_follows_the_setting_and_falls_back_to_the_head_of_the_top_unit()
    {
        var s = await BudgetApprovalScenario.CreateAsync(fixture, BudgetClient.Line("Research", 10m));
        await s.Admin.SetSettingAsync("Budgets.OverBudgetPolicy", "ExtraApproval");

        await s.Admin.SetSettingAsync("Budgets.ExtraApprovalPositions", "分管副总");
        var vp = await s.Engine.GetAsync("researcher", (await s.SubmitAsync(11m)).Id());
        ApprovalEngineScenario.Stages(vp)[^1].ShouldBe([s.Engine.User("vp")]);

        await s.Admin.SetSettingAsync("Budgets.ExtraApprovalPositions", "No such post");
        var fallback = await s.Engine.GetAsync("researcher", (await s.SubmitAsync(12m)).Id());
        var last = fallback.GetProperty("stages")[ApprovalEngineScenario.Stages(fallback).Length - 1].GetProperty("approvers").EnumerateArray().ToList();
        last.ShouldNotBeEmpty();
        last.ShouldAllBe(a => a.GetProperty("escalated").GetBoolean());
        last.Select(a => a.GetProperty("userId").GetGuid()).ShouldNotContain(s.Engine.User("researcher"));
    }

    [Fact]
    public async Task Bad_budget_contexts_are_refused_with_4xx()
    {
        var s = await BudgetApprovalScenario.CreateAsync(fixture, BudgetClient.Line("Research", 1_000m));

        var noBudgetUnit = await s.Admin.CreateUnitIdAsync("No budget here");
        // A unit the researcher holds no position in: allowed with FileForOthers (ApprovalRequesterUnitTests), then checked for a budget.
        (await s.Admin.PutAsync($"/api/identity/permissions?providerName=U&providerKey={s.Engine.User("researcher")}", new { grantedPermissions = new[] { "Approvals.Requests", "Approvals.Requests.FileForOthers" } }))
            .EnsureSuccessStatusCode();
        (await (await s.TrySubmitAsync(BudgetApprovalScenario.Request(1m, budgetUnitId: noBudgetUnit))).ReadProblemAsync((HttpStatusCode)422))
            .GetProperty("code").GetString().ShouldBe("Budgets:NoBudget");
        (await (await s.TrySubmitAsync(BudgetApprovalScenario.Request(1m, budgetUnitId: Guid.NewGuid()))).ReadProblemAsync((HttpStatusCode)422))
            .GetProperty("code").GetString().ShouldBe("MarketingSaaS:UnknownOrganizationUnit");
        await s.Engine.CreatePolicyAsync("Research.ResearchPlan", "Any", "director");
        (await (await s.TrySubmitAsync(BudgetApprovalScenario.Request(1m, currency: "USD", businessType: "Research.ResearchPlan"))).ReadProblemAsync((HttpStatusCode)422))
            .GetProperty("code").GetString().ShouldBe("Budgets:CurrencyMismatch");
        await (await s.TrySubmitAsync(BudgetApprovalScenario.Request(1m, category: "Lunch"))).ReadProblemAsync(HttpStatusCode.BadRequest);
        (await (await s.TrySubmitAsync(new { businessType = "Events.Event", subjectModule = "Events", subjectId = "x", title = "t", amount = 1m, currency = "CNY", riskTier = "Tactical", budgetCategory = 42 }))
            .ReadProblemAsync(HttpStatusCode.BadRequest)).GetRawText().ShouldContain("budgetCategory");
        (await (await s.TrySubmitAsync(BudgetApprovalScenario.Request(1.005m))).ReadProblemAsync(HttpStatusCode.BadRequest)).GetRawText().ShouldContain("amount");

        (await s.Engine.ListAsync("researcher", "submitted-by-me")).ShouldBeEmpty();
    }

    [Fact]
    public async Task Warnings_are_recorded_once_per_level_for_the_unit_head()
    {
        var s = await BudgetApprovalScenario.CreateAsync(fixture, BudgetClient.Line("Research", 1_000m), BudgetClient.Line("Advertising", 100m));

        await s.SubmitAndApproveAsync(799.99m);
        (await s.WarningsAsync()).ShouldBeEmpty();

        await s.SubmitAndApproveAsync(0.01m);
        await s.SubmitAndApproveAsync(100m);
        var warnings = await s.WarningsAsync();
        var warning80 = warnings.Single();
        warning80.GetProperty("level").GetString().ShouldBe("Warning80");
        warning80.GetProperty("category").GetString().ShouldBe("Research");
        warning80.GetProperty("planned").GetDecimal().ShouldBe(1_000m);
        warning80.GetProperty("used").GetDecimal().ShouldBe(800m);
        warning80.GetProperty("notifyUserIds").EnumerateArray().Select(e => e.GetGuid()).ShouldBe([s.Engine.User("director")]);

        (await s.Admin.RecordExpenseAsync(s.UnitId, "Research", 100m, DateTimeOffset.Parse("2026-03-02T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture))).EnsureSuccessStatusCode();

        // Beyond the plan only with an extra approval (expenses over budget are never recorded): commitments under ExtraApproval.
        await s.Admin.SetSettingAsync("Budgets.OverBudgetPolicy", "ExtraApproval");
        (await s.Admin.CommitAsync(s.UnitId, "Research", 0.01m, DateTimeOffset.Parse("2026-03-02T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture))).EnsureSuccessStatusCode();
        (await s.Admin.CommitAsync(s.UnitId, "Research", 5m, DateTimeOffset.Parse("2026-03-02T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture))).EnsureSuccessStatusCode();

        // Straight from 0 % to over: only Over for Advertising.
        fixture.Factory.Clock.Advance(TimeSpan.FromMinutes(1));
        (await s.Admin.CommitAsync(s.UnitId, "Advertising", 150m, DateTimeOffset.Parse("2026-03-02T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture))).EnsureSuccessStatusCode();

        warnings = await s.WarningsAsync();
        warnings.Select(w => (w.GetProperty("category").GetString(), w.GetProperty("level").GetString())).ShouldBe(
        [
            ("Research", "Warning80"),
            ("Research", "Warning100"),
            ("Research", "Over"),
            ("Advertising", "Over"),
        ]);
        warnings[1].GetProperty("used").GetDecimal().ShouldBe(1_000m);
        warnings[2].GetProperty("used").GetDecimal().ShouldBe(1_000.01m);

        var notified = (await s.Engine["director"].GetNotificationsAsync()).Where(n => n.Kind() == "BudgetWarning").Select(n => n.Title()).ToList();
        notified.Count.ShouldBe(4, "one notification per recorded warning");
        notified.ShouldContain("预算已达 80%：2026 年度市场调研");
        notified.ShouldContain("预算已超支：2026 年度广告");
    }

    [Fact]
    public async Task Warnings_of_an_unknown_budget_are_not_found()
    {
        var session = await fixture.SignUpAsync();
        (await session.Admin.GetAsync($"/api/budgets/{Guid.NewGuid()}/warnings")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}

public sealed class BudgetApprovalApiTestsOnSqlite(SqliteApiFixture fixture) : BudgetApprovalApiTests(fixture), IClassFixture<SqliteApiFixture>;

public sealed class BudgetApprovalApiTestsOnPostgreSql(PostgreSqlApiFixture fixture) : BudgetApprovalApiTests(fixture), IClassFixture<PostgreSqlApiFixture>;
