using System.Net;
using System.Text.Json;
using MarketingSaaS.HttpApi.Tests.OrgChart;
using MarketingSaaS.TestBase.Clients;
using MarketingSaaS.TestBase.Hosting;
using Shouldly;
using Xunit;
using static MarketingSaaS.HttpApi.Tests.Processes.ProcessClient;

namespace MarketingSaaS.HttpApi.Tests.TextTemplates;

/// <summary>A deliverable that names a document template downloads its skeleton as Markdown.</summary>
public abstract class DeliverableSkeletonApiTests(ApiFixture fixture)
{
    [Fact]
    public async Task The_skeleton_of_a_deliverable_downloads_as_markdown_in_the_request_language()
    {
        var session = await fixture.SignUpAsync();
        var adminId = await session.Admin.MyUserIdAsync();
        var researcher = await session.Admin.CreatePositionAsync("Researcher", holderUserIds: [adminId]);
        var template = await session.Admin.CreatePublishedAsync("MR-X", Step("Plan design", 3, positions: [researcher.Id()], deliverables:
        [
            new { name = "《市场调研方案》", isRequired = true, documentTemplateName = "Documents.MarketResearchPlan" },
            Deliverable("Notes"),
        ]));
        var instance = await session.Admin.StartAsync(template.Id(), new DateOnly(2026, 11, 23), "Spring research");
        var step = StepAt(instance, 0);
        var url = $"{Instances}/{instance.Id()}/steps/{step.Id()}/deliverables";
        var plan = step.GetProperty("deliverables")[0].Id();
        session.Admin.Http.DefaultRequestHeaders.Add("Accept-Language", "zh-CN");

        var zh = await session.Admin.GetAsync($"{url}/{plan}/skeleton");
        var en = await session.Admin.GetAsync($"{url}/{plan}/skeleton?culture=en");

        zh.StatusCode.ShouldBe(HttpStatusCode.OK);
        zh.Content.Headers.ContentType!.MediaType.ShouldBe("text/markdown");
        zh.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("attachment");
        zh.Content.Headers.ContentDisposition.FileNameStar.ShouldBe("市场调研方案.md");
        var zhText = await zh.Content.ReadAsStringAsync();
        zhText.ShouldStartWith("# 《市场调研方案》");
        zhText.ShouldContain("| 流程 | Spring research（MR-X） |");
        zhText.ShouldContain("| 计划时间 | 2026-11-23 — 2026-11-25 |");
        zhText.ShouldContain("## 三、调研方法");
        var enText = await en.Content.ReadAsStringAsync();
        enText.ShouldContain("| Step | Plan design |");
        enText.ShouldContain("## 5. Budget");
        var notes = await session.Admin.GetAsync($"{url}/{step.GetProperty("deliverables")[1].Id()}/skeleton");
        (await notes.ReadProblemAsync((HttpStatusCode)422)).GetProperty("code").GetString().ShouldBe("MarketingSaaS:NoDocumentTemplate");
        var other = await fixture.SignUpAsync();
        (await other.Admin.GetAsync($"{url}/{plan}/skeleton")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_default_library_names_the_skeletons_of_the_research_plan_and_the_event_plan()
    {
        var session = await fixture.SignUpAsync();

        var created = await session.Admin.PostJsonAsync<JsonElement[]>(Templates + "/import-default", null);

        string? TemplateOf(string code, int stepIndex) =>
            Versions(created.Single(t => t.GetProperty("code").GetString() == code)).Single().GetProperty("steps")[stepIndex]
                .GetProperty("deliverables")[0].GetProperty("documentTemplateName").GetString();
        TemplateOf("MR-001", 1).ShouldBe("Documents.MarketResearchPlan");
        TemplateOf("SC-007", 1).ShouldBe("Events.EventPlan");
        TemplateOf("MR-001", 3).ShouldBeNull();
    }
}

public sealed class DeliverableSkeletonApiTestsOnSqlite(SqliteApiFixture fixture) : DeliverableSkeletonApiTests(fixture), IClassFixture<SqliteApiFixture>;

public sealed class DeliverableSkeletonApiTestsOnPostgreSql(PostgreSqlApiFixture fixture) : DeliverableSkeletonApiTests(fixture), IClassFixture<PostgreSqlApiFixture>;
