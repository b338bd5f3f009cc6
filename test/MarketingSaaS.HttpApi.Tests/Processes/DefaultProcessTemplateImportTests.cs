using MarketingSaaS.TestBase.Clients;
using System.Text.Json;
using MarketingSaaS.HttpApi.Tests.OrgChart;
using MarketingSaaS.TestBase.Hosting;
using Shouldly;
using Xunit;
using static MarketingSaaS.HttpApi.Tests.Processes.ProcessClient;

namespace MarketingSaaS.HttpApi.Tests.Processes;

public abstract class DefaultProcessTemplateImportTests(ApiFixture fixture)
{
    private const string Import = Templates + "/import-default";

    [Fact]
    public async Task The_default_library_is_published_with_positions_of_the_default_org_chart()
    {
        var session = await fixture.SignUpAsync();
        await session.Admin.PostJsonAsync<JsonElement>("/api/org/units/import-default", new { template = "standard" });
        var positions = (await session.Admin.GetJsonAsync<JsonElement[]>("/api/org/positions")).ToDictionary(p => p.GetProperty("name").GetString()!, p => p.Id());

        var created = await session.Admin.PostJsonAsync<JsonElement[]>(Import, null);

        created.Select(t => t.GetProperty("code").GetString()).Order().ShouldBe(
            ["EV-SOP", "MP-001", "MR-001", "SC-001", "SC-002", "SC-003", "SC-004", "SC-005", "SC-006", "SC-007", "SC-008", "SC-009", "SC-010"]);
        created.ShouldAllBe(t => t.GetProperty("publishedVersionNumber").GetInt32() == 1);
        var research = created.Single(t => t.GetProperty("code").GetString() == "MR-001");
        var researchSteps = Versions(research).Single().GetProperty("steps");
        researchSteps.EnumerateArray().Select(s => s.GetProperty("name").GetString()).ShouldBe(["调研需求确认", "调研方案设计", "调研执行", "数据整理与分析", "调研成果同步"]);
        researchSteps[0].GetProperty("responsiblePositionIds").EnumerateArray().Select(e => e.GetGuid()).ShouldBe([positions["市场调研岗"], positions["策略规划岗"]]);
        researchSteps[1].GetProperty("deliverables")[0].GetProperty("name").GetString().ShouldBe("《市场调研方案》");
        researchSteps[3].GetProperty("deliverables")[0].GetProperty("name").GetString().ShouldBe("《市场调研分析报告》");
        var eventSop = Versions(created.Single(t => t.GetProperty("code").GetString() == "EV-SOP")).Single().GetProperty("steps");
        eventSop.EnumerateArray().Select(s => (s.GetProperty("name").GetString(), s.GetProperty("plannedDays").GetInt32())).ShouldBe([("立项", 2), ("设计", 3), ("执行", 5), ("复盘", 2)]);
        eventSop[0].GetProperty("deliverables")[0].GetProperty("name").GetString().ShouldBe("《活动价值画布》");
        eventSop[3].GetProperty("deliverables")[0].GetProperty("name").GetString().ShouldBe("《效能优化清单》");
        var pricing = created.Single(t => t.GetProperty("code").GetString() == "SC-005");
        pricing.GetProperty("name").GetString().ShouldBe("产品定价流程");
        Versions(pricing).Single().GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("name").GetString()).ShouldBe(["定价评审"]);
    }

    [Fact]
    public async Task Importing_again_skips_existing_codes()
    {
        var session = await fixture.SignUpAsync();
        await session.Admin.CreateTemplateAsync("SC-007", Step("our own event flow"));

        var first = await session.Admin.PostJsonAsync<JsonElement[]>(Import, null);
        var second = await session.Admin.PostJsonAsync<JsonElement[]>(Import, null);

        first.Length.ShouldBe(12);
        first.ShouldNotContain(t => t.GetProperty("code").GetString() == "SC-007");
        second.ShouldBeEmpty();
        var all = await session.Admin.GetJsonAsync<JsonElement[]>(Templates);
        all.Length.ShouldBe(13);
        all.Single(t => t.GetProperty("code").GetString() == "SC-007").GetProperty("name").GetString().ShouldBe("Template SC-007");
    }

    [Fact]
    public async Task Without_an_org_chart_steps_have_no_responsible_positions_and_english_companies_get_english_names()
    {
        var session = await fixture.SignUpAsync();
        (await session.Admin.PutAsync("/api/settings", new { values = new Dictionary<string, string?> { ["Platform.Culture"] = "en" } })).EnsureSuccessStatusCode();

        var created = await session.Admin.PostJsonAsync<JsonElement[]>(Import, null);

        var research = created.Single(t => t.GetProperty("code").GetString() == "MR-001");
        research.GetProperty("name").GetString().ShouldBe("Market research in five steps");
        var steps = Versions(research).Single().GetProperty("steps");
        steps[0].GetProperty("name").GetString().ShouldBe("Requirement confirmation");
        steps.EnumerateArray().ShouldAllBe(s => s.GetProperty("responsiblePositionIds").GetArrayLength() == 0);
    }
}

public sealed class DefaultProcessTemplateImportTestsOnSqlite(SqliteApiFixture fixture) : DefaultProcessTemplateImportTests(fixture), IClassFixture<SqliteApiFixture>;

public sealed class DefaultProcessTemplateImportTestsOnPostgreSql(PostgreSqlApiFixture fixture) : DefaultProcessTemplateImportTests(fixture), IClassFixture<PostgreSqlApiFixture>;
