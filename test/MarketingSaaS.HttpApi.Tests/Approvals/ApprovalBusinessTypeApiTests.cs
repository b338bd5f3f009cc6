using System.Net;
using System.Text.Json;
using MarketingSaaS.TestBase.Clients;
using MarketingSaaS.TestBase.Hosting;
using Shouldly;
using Xunit;

namespace MarketingSaaS.HttpApi.Tests.Approvals;

/// <summary>Business types are names registered by the platform and the composed modules; nothing else is accepted.</summary>
public abstract class ApprovalBusinessTypeApiTests(ApiFixture fixture)
{
    [Fact]
    public async Task The_list_names_every_registered_type_with_its_display_name_in_the_request_language()
    {
        var admin = (await fixture.SignUpAsync()).Admin;
        admin.Http.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");

        var types = (await admin.GetJsonAsync<JsonElement[]>("/api/approvals/business-types"))
            .ToDictionary(t => t.GetProperty("name").GetString()!, t => t.GetProperty("displayName").GetString());

        types.ShouldBe(new Dictionary<string, string?>
        {
            ["Research.ResearchPlan"] = "Research plan",
            ["PromotionMaterial"] = "Promotion material",
            ["Expense"] = "Expense",
            ["BudgetChange"] = "Budget change",
            ["ProcessStep"] = "Process step",
            ["Events.Event"] = "Event",
        });
    }

    [Fact]
    public async Task The_list_needs_a_signed_in_user() =>
        (await fixture.Anonymous().GetAsync("/api/approvals/business-types")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

    [Theory]
    [InlineData("Event")]
    [InlineData("NoSuchType")]
    [InlineData("")]
    public async Task An_unknown_business_type_is_a_field_error_and_no_policy_is_stored(string businessType)
    {
        var admin = (await fixture.SignUpAsync()).Admin;

        var response = await admin.PostAsync("/api/approvals/policies", new { businessType, name = "A", rules = Array.Empty<object>() });

        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        problem.GetProperty("errors").GetProperty("businessType").GetArrayLength().ShouldBe(1);
        (await admin.GetJsonAsync<JsonElement[]>("/api/approvals/policies")).ShouldBeEmpty();
    }

    [Fact]
    public async Task Simulating_or_submitting_an_unknown_business_type_is_a_localized_field_error()
    {
        var admin = (await fixture.SignUpAsync()).Admin;
        admin.Http.DefaultRequestHeaders.AcceptLanguage.ParseAdd("zh-Hans");

        var simulate = await admin.PostAsync("/api/approvals/policies/simulate", new { businessType = "ResearchPlan", amount = 1m, currency = "CNY", riskTier = "Tactical" });
        var submit = await admin.PostAsync("/api/approvals/requests", new
        {
            businessType = "ResearchPlan", subjectModule = "Tests", subjectId = "1", title = "T", amount = 1m, currency = "CNY", riskTier = "Tactical", isSpecial = false,
        });

        (await simulate.ReadProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").GetProperty("businessType")[0].GetString().ShouldBe("请选择贵企业可用的业务类型。");
        (await submit.ReadProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").GetProperty("businessType")[0].GetString().ShouldBe("请选择贵企业可用的业务类型。");
    }

    [Fact]
    public async Task A_missing_policy_is_named_by_the_business_types_display_name()
    {
        var admin = (await fixture.SignUpAsync()).Admin;
        admin.Http.DefaultRequestHeaders.AcceptLanguage.ParseAdd("zh-Hans");

        var response = await admin.PostAsync("/api/approvals/policies/simulate", new { businessType = "Events.Event", amount = 1m, currency = "CNY", riskTier = "Tactical" });

        var problem = await response.ReadProblemAsync((HttpStatusCode)422);
        problem.GetProperty("title").GetString().ShouldBe("尚未为“活动”设置审批规则。");
    }
}

public sealed class ApprovalBusinessTypeApiTestsOnSqlite(SqliteApiFixture fixture) : ApprovalBusinessTypeApiTests(fixture), IClassFixture<SqliteApiFixture>;

public sealed class ApprovalBusinessTypeApiTestsOnPostgreSql(PostgreSqlApiFixture fixture) : ApprovalBusinessTypeApiTests(fixture), IClassFixture<PostgreSqlApiFixture>;
