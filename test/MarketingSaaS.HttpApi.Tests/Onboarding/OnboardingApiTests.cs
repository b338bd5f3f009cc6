using System.Net;
using System.Text.Json;
using MarketingSaaS.HttpApi.Tests.Blobs;
using MarketingSaaS.HttpApi.Tests.Branding;
using MarketingSaaS.HttpApi.Tests.Budgets;
using MarketingSaaS.HttpApi.Tests.Identity;
using MarketingSaaS.HttpApi.Tests.Modules;
using MarketingSaaS.TestBase.Clients;
using MarketingSaaS.TestBase.Hosting;
using Shouldly;
using Xunit;

namespace MarketingSaaS.HttpApi.Tests.Onboarding;

/// <summary>The admin's checklist: every step is read from the company's data; only the dismissal is stored.</summary>
public abstract class OnboardingApiTests(ApiFixture fixture)
{
    [Fact]
    public async Task Steps_are_done_as_the_company_adds_its_data()
    {
        var session = await fixture.SignUpAsync();
        // The test host switches Modules.TestArchive on by default; off, no module is on.
        await session.Admin.PutAsync($"/api/modules/{TestModuleFeatures.Archive}", new { isEnabled = false });
        var before = await GetAsync(session.Admin);

        await CompanyLogoApiTests.PutAsync(session.Admin, BlobTestFiles.Png(), "logo.png");
        await session.Admin.PostJsonAsync<JsonElement>("/api/org/units/import-default", new { template = "small" });
        await session.CreateUserAsync("colleague");
        await session.Admin.PostJsonAsync<JsonElement>("/api/approvals/policies/import-default", null);
        await session.Admin.CreateBudgetAsync(await session.Admin.CreateUnitIdAsync("Budget unit"), 2026);
        var after = await GetAsync(session.Admin);

        Steps(before).ShouldBe(new Dictionary<string, bool>
        {
            ["companyProfile"] = false, ["orgChart"] = false, ["people"] = false, ["approvalPolicies"] = false, ["budgets"] = false, ["modules"] = false,
        });
        before.GetProperty("doneCount").GetInt32().ShouldBe(0);
        Steps(after).ShouldBe(new Dictionary<string, bool>
        {
            ["companyProfile"] = true, ["orgChart"] = true, ["people"] = true, ["approvalPolicies"] = true, ["budgets"] = true, ["modules"] = false,
        });
        after.GetProperty("doneCount").GetInt32().ShouldBe(5);
    }

    [Fact]
    public async Task Dismissal_is_kept_and_can_be_undone()
    {
        var session = await fixture.SignUpAsync();

        var dismissed = await (await session.Admin.PutAsync("/api/onboarding", new { isDismissed = true })).ReadAsAsync<JsonElement>();
        var reread = await GetAsync(session.Admin);
        var shown = await (await session.Admin.PutAsync("/api/onboarding", new { isDismissed = false })).ReadAsAsync<JsonElement>();

        dismissed.GetProperty("isDismissed").GetBoolean().ShouldBeTrue();
        reread.GetProperty("isDismissed").GetBoolean().ShouldBeTrue();
        shown.GetProperty("isDismissed").GetBoolean().ShouldBeFalse();
    }

    [Fact]
    public async Task Progress_and_dismissal_belong_to_one_company()
    {
        var a = await fixture.SignUpAsync();
        var b = await fixture.SignUpAsync();

        await a.Admin.PostJsonAsync<JsonElement>("/api/org/units/import-default", new { template = "standard" });
        await a.Admin.PutAsync("/api/onboarding", new { isDismissed = true });
        var ofB = await GetAsync(b.Admin);

        Steps(ofB)["orgChart"].ShouldBeFalse();
        ofB.GetProperty("isDismissed").GetBoolean().ShouldBeFalse();
        Steps(await GetAsync(a.Admin))["orgChart"].ShouldBeTrue();
    }

    [Fact]
    public async Task Only_those_who_manage_the_company_settings_see_it()
    {
        var session = await fixture.SignUpAsync();
        var staff = await session.CreateStaffClientAsync();

        (await staff.GetAsync("/api/onboarding")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    private static Task<JsonElement> GetAsync(ApiClient admin) => admin.GetJsonAsync<JsonElement>("/api/onboarding");

    private static Dictionary<string, bool> Steps(JsonElement onboarding) =>
        onboarding.GetProperty("steps").EnumerateArray().ToDictionary(s => s.GetProperty("name").GetString()!, s => s.GetProperty("isDone").GetBoolean());
}

public sealed class OnboardingApiTestsOnSqlite(SqliteApiFixture fixture) : OnboardingApiTests(fixture), IClassFixture<SqliteApiFixture>;

public sealed class OnboardingApiTestsOnPostgreSql(PostgreSqlApiFixture fixture) : OnboardingApiTests(fixture), IClassFixture<PostgreSqlApiFixture>;
