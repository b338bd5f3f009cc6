using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MarketingSaaS.HttpApi.Tests.Budgets;
using MarketingSaaS.HttpApi.Tests.Identity;
using MarketingSaaS.TestBase;
using MarketingSaaS.TestBase.Clients;
using MarketingSaaS.TestBase.Hosting;
using Shouldly;
using Xunit;

namespace MarketingSaaS.HttpApi.Tests.Approvals;

/// <summary>
/// The unit a request is filed for chooses its approvers, so a requester names only a unit they hold a position in,
/// unless they hold Approvals.Requests.FileForOthers (recorded on the request).
/// </summary>
public abstract class ApprovalRequesterUnitTests(ApiFixture fixture)
{
    private const string Url = ApprovalEngineScenario.Url;
    private const string FileForOthers = "Approvals.Requests.FileForOthers";

    [Fact]
    public async Task Staff_cannot_route_a_request_to_another_departments_head_and_learn_why_in_their_language()
    {
        var s = await CreateAsync();
        s["researcher"].Http.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");

        var toSales = await s["researcher"].PostAsync(Url, ForUnit(NewSubject(), SalesUnit(s)));

        var problem = await toSales.ReadProblemAsync((HttpStatusCode)422);
        problem.GetProperty("code").GetString().ShouldBe("MarketingSaaS:ApprovalRequesterUnitNotHeld");
        problem.GetProperty("title").GetString().ShouldBe(
            "You hold no position in this unit, so you cannot file a request for it. Choose one of your own units or ask someone who may file for other units.");
        (await s.ListAsync("salesHead", "waiting-for-me")).ShouldBeEmpty();
        var own = await s.SubmitAsync(ForUnit(NewSubject(), MarketingUnit(s)));
        own.GetProperty("filedForOtherUnit").GetBoolean().ShouldBeFalse();
        ApprovalEngineScenario.Stages(await s.GetAsync("researcher", own.Id())).ShouldBe([[s.User("director")]]);
    }

    [Fact]
    public async Task The_marketing_head_cannot_name_sales_to_be_approved_by_its_head_instead_of_the_general_manager()
    {
        var s = await CreateAsync();
        await GrantAsync(s, "director", "Approvals.Requests");
        var director = s["director"];
        director.Http.DefaultRequestHeaders.AcceptLanguage.ParseAdd("zh-Hans");

        var toSales = await director.PostAsync(Url, ForUnit(NewSubject(), SalesUnit(s)));

        (await toSales.ReadProblemAsync((HttpStatusCode)422)).GetProperty("title").GetString()
            .ShouldBe("您未在该部门任职，不能以该部门名义提交申请。请选择您任职的部门，或请有权代其他部门提交的人员办理。");
        var created = await director.PostAsync(Url, ApprovalEngineScenario.Request(NewSubject()));
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>(ApiClient.Json)).GetProperty("request").Id();
        ApprovalEngineScenario.Stages(await s.GetAsync("director", id)).ShouldBe([[s.User("gm")]]);
    }

    [Fact]
    public async Task With_the_permission_a_requester_files_for_another_unit_and_the_approvers_see_that_it_was_filed_for_it()
    {
        var s = await CreateAsync();
        await GrantAsync(s, "researcher", "Approvals.Requests", FileForOthers);

        var request = await s.SubmitAsync(ForUnit(NewSubject(), SalesUnit(s)));

        var details = await s.GetAsync("salesHead", request.Id());
        ApprovalEngineScenario.Stages(details).ShouldBe([[s.User("salesHead")]]);
        details.GetProperty("request").GetProperty("filedForOtherUnit").GetBoolean().ShouldBeTrue();
        details.GetProperty("request").GetProperty("requesterUnitId").GetGuid().ShouldBe(SalesUnit(s));
        details.GetProperty("request").GetProperty("requesterUserId").GetGuid().ShouldBe(s.User("researcher"));
    }

    [Fact]
    public async Task Staff_cannot_spend_another_departments_budget_and_learn_why_in_their_language()
    {
        var s = await CreateAsync();
        await s.Session.Admin.CreateBudgetAsync(SalesUnit(s), 2026, BudgetClient.Line("Research", 100_000m));
        s["researcher"].Http.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");

        var fromSales = await s["researcher"].PostAsync(Url, FromBudgetOf(NewSubject(), SalesUnit(s)));

        var problem = await fromSales.ReadProblemAsync((HttpStatusCode)422);
        problem.GetProperty("code").GetString().ShouldBe("MarketingSaaS:ApprovalBudgetUnitNotHeld");
        problem.GetProperty("title").GetString().ShouldBe(
            "You hold no position in the unit whose budget you named, so you cannot spend from it. Choose the budget of one of your own units or ask someone who may file for other units.");
        (await s.ListAsync("director", "waiting-for-me")).ShouldBeEmpty();
    }

    [Fact]
    public async Task With_the_permission_a_requester_spends_another_units_budget_and_the_request_records_it()
    {
        var s = await CreateAsync();
        await s.Session.Admin.CreateBudgetAsync(SalesUnit(s), 2026, BudgetClient.Line("Research", 100_000m));
        await GrantAsync(s, "researcher", "Approvals.Requests", FileForOthers);
        s["researcher"].Http.DefaultRequestHeaders.AcceptLanguage.ParseAdd("zh-Hans");

        var request = await s.SubmitAsync(FromBudgetOf(NewSubject(), SalesUnit(s)));

        request.GetProperty("filedForOtherUnit").GetBoolean().ShouldBeTrue();
        request.GetProperty("budget").GetProperty("organizationUnitId").GetGuid().ShouldBe(SalesUnit(s));
    }

    [Fact]
    public async Task A_resubmission_is_checked_again()
    {
        var s = await CreateAsync();
        var id = (await s.SubmitAsync(ForUnit(NewSubject(), MarketingUnit(s)))).Id();
        (await s.ActAsync("director", id, "return", "Add the quote")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var resubmitted = await s["researcher"].PostAsync($"{Url}/{id}/resubmit", new
        {
            title = "Spring fair, with quote", amount = 30_000m, currency = "CNY", riskTier = "Tactical", isSpecial = false, requesterUnitId = SalesUnit(s),
        });

        (await resubmitted.ReadProblemAsync((HttpStatusCode)422)).GetProperty("code").GetString().ShouldBe("MarketingSaaS:ApprovalRequesterUnitNotHeld");
        ApprovalEngineScenario.Status(await s.GetAsync("researcher", id)).ShouldBe("Returned");
    }

    [Fact]
    public async Task A_unit_of_another_company_is_unknown_even_with_the_permission()
    {
        var s = await CreateAsync();
        var other = await ApprovalScenario.CreateAsync(fixture);
        var foreignUnit = other.Positions["销售部负责人"].GetProperty("organizationUnitIds")[0].GetGuid();
        await GrantAsync(s, "researcher", "Approvals.Requests", FileForOthers);

        var response = await s["researcher"].PostAsync(Url, ForUnit(NewSubject(), foreignUnit));

        (await response.ReadProblemAsync((HttpStatusCode)422)).GetProperty("code").GetString().ShouldBe("MarketingSaaS:UnknownOrganizationUnit");
    }

    [Fact]
    public async Task Only_the_admin_role_may_file_for_other_units_by_default()
    {
        var session = await fixture.SignUpAsync();

        (await IsGrantedAsync(session.Admin, "admin")).ShouldBeTrue();
        (await IsGrantedAsync(session.Admin, "marketing-head")).ShouldBeFalse();
        (await IsGrantedAsync(session.Admin, "staff")).ShouldBeFalse();
    }

    /// <summary>The approval scenario plus a holder of the Sales head post.</summary>
    private async Task<ApprovalEngineScenario> CreateAsync()
    {
        var s = await ApprovalEngineScenario.CreateAsync(fixture);
        s.Org.Users["salesHead"] = (await s.Session.CreateUserAsync("salesHead")).Id();
        await ApprovalScenario.SetHoldersAsync(s.Session.Admin, s.Org.Positions["销售部负责人"], [s.User("salesHead")]);
        s.Clients["salesHead"] = await s.Session.SignInAsync("salesHead", TestAccounts.UserPassword);
        return s;
    }

    private static async Task GrantAsync(ApprovalEngineScenario s, string user, params string[] permissions) =>
        (await s.Session.Admin.PutAsync($"/api/identity/permissions?providerName=U&providerKey={s.User(user)}", new { grantedPermissions = permissions }))
            .EnsureSuccessStatusCode();

    private static async Task<bool> IsGrantedAsync(ApiClient admin, string role)
    {
        var result = await admin.GetJsonAsync<JsonElement>($"/api/identity/permissions?providerName=R&providerKey={role}");
        return result.GetProperty("groups").EnumerateArray().SelectMany(g => Flatten(g.GetProperty("permissions")))
            .Single(p => p.GetProperty("name").GetString() == FileForOthers).GetProperty("isGranted").GetBoolean();
    }

    private static IEnumerable<JsonElement> Flatten(JsonElement permissions) =>
        permissions.EnumerateArray().SelectMany(p => Flatten(p.GetProperty("children")).Prepend(p));

    private static object ForUnit(string subjectId, Guid unitId) => new
    {
        businessType = "Events.Event",
        subjectModule = RecordingOutcomeHandler.Module,
        subjectId,
        title = "Spring fair " + subjectId,
        amount = 30_000m,
        currency = "CNY",
        riskTier = "Tactical",
        isSpecial = false,
        requesterUnitId = unitId,
    };

    /// <summary>A request from the researcher's own unit that spends the budget of <paramref name="budgetUnitId"/>.</summary>
    private static object FromBudgetOf(string subjectId, Guid budgetUnitId) => new
    {
        businessType = "Events.Event",
        subjectModule = RecordingOutcomeHandler.Module,
        subjectId,
        title = "Spring fair " + subjectId,
        amount = 30_000m,
        currency = "CNY",
        riskTier = "Tactical",
        isSpecial = false,
        budgetCategory = "Research",
        budgetUnitId,
    };

    private static Guid SalesUnit(ApprovalEngineScenario s) => s.Org.Positions["销售部负责人"].GetProperty("organizationUnitIds")[0].GetGuid();

    private static Guid MarketingUnit(ApprovalEngineScenario s) => s.Org.Positions["市场部负责人"].GetProperty("organizationUnitIds")[0].GetGuid();

    private static string NewSubject() => Guid.NewGuid().ToString("N");
}

public sealed class ApprovalRequesterUnitTestsOnSqlite(SqliteApprovalEngineFixture fixture)
    : ApprovalRequesterUnitTests(fixture), IClassFixture<SqliteApprovalEngineFixture>;

public sealed class ApprovalRequesterUnitTestsOnPostgreSql(PostgreSqlApprovalEngineFixture fixture)
    : ApprovalRequesterUnitTests(fixture), IClassFixture<PostgreSqlApprovalEngineFixture>;
