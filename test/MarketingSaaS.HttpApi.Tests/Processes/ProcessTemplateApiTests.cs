using System.Net;
using System.Text.Json;
using MarketingSaaS.HttpApi.Tests.OrgChart;
using System.Net.Http.Json;
using MarketingSaaS.TestBase.Clients;
using MarketingSaaS.TestBase.Hosting;
using Shouldly;
using Xunit;
using static MarketingSaaS.HttpApi.Tests.Processes.ProcessClient;

namespace MarketingSaaS.HttpApi.Tests.Processes;

public abstract class ProcessTemplateApiTests(ApiFixture fixture)
{
    [Fact]
    public async Task A_new_template_is_a_draft_version_one_with_its_steps_in_order()
    {
        var session = await fixture.SignUpAsync();
        var researcher = await session.Admin.CreatePositionAsync("市场调研岗");
        var unit = await session.Admin.CreateUnitAsync("市场部");

        var created = await session.Admin.PostJsonAsync<JsonElement>(Templates, new
        {
            code = "sc-007",
            name = "市场活动策划流程",
            organizationUnitId = unit.Id(),
            category = "市场活动",
            steps = new[]
            {
                Step("调研方案设计", 3, positions: [researcher.Id()], deliverables: [new { name = "《市场调研方案》", isRequired = true, documentTemplateName = "调研方案模板" }]),
                Step("调研执行", 5, approval: true),
            },
        });

        var template = await session.Admin.GetJsonAsync<JsonElement>($"{Templates}/{created.Id()}");
        template.GetProperty("code").GetString().ShouldBe("SC-007");
        template.GetProperty("organizationUnitId").GetGuid().ShouldBe(unit.Id());
        template.GetProperty("draftVersionNumber").GetInt32().ShouldBe(1);
        template.GetProperty("publishedVersionNumber").ValueKind.ShouldBe(JsonValueKind.Null);
        var steps = Versions(template).Single().GetProperty("steps");
        steps.EnumerateArray().Select(s => s.GetProperty("name").GetString()).ShouldBe(["调研方案设计", "调研执行"]);
        steps[0].GetProperty("responsiblePositionIds")[0].GetGuid().ShouldBe(researcher.Id());
        steps[0].GetProperty("deliverables")[0].GetProperty("documentTemplateName").GetString().ShouldBe("调研方案模板");
        steps[1].GetProperty("endsWithApproval").GetBoolean().ShouldBeTrue();
        steps.EnumerateArray().Select(s => s.GetProperty("parallelGroup").GetInt32()).ShouldBe([1, 2]);
        (await session.Admin.GetJsonAsync<JsonElement[]>($"{Templates}?filter=SC-007")).Single().GetProperty("name").GetString().ShouldBe("市场活动策划流程");
    }

    [Fact]
    public async Task Codes_are_unique_per_company()
    {
        var a = await fixture.SignUpAsync();
        var b = await fixture.SignUpAsync();
        await a.Admin.CreateTemplateAsync("SC-001", Step("one"));

        await (await a.Admin.TryCreateTemplateAsync("sc-001", Step("again"))).ShouldFailWithAsync((HttpStatusCode)422, "Processes:TemplateCodeTaken");
        (await b.Admin.TryCreateTemplateAsync("SC-001", Step("other company"))).StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    [Fact]
    public async Task Unknown_positions_and_units_are_rejected()
    {
        var session = await fixture.SignUpAsync();

        await (await session.Admin.TryCreateTemplateAsync("X-1", Step("one", positions: [Guid.NewGuid()]))).ShouldFailWithAsync((HttpStatusCode)422, "MarketingSaaS:UnknownPosition");
        var withUnit = await session.Admin.PostAsync(Templates, new { code = "X-2", name = "x", organizationUnitId = Guid.NewGuid(), steps = new[] { Step("one") } });
        await withUnit.ShouldFailWithAsync((HttpStatusCode)422, "MarketingSaaS:UnknownOrganizationUnit");
        (await session.Admin.GetJsonAsync<JsonElement[]>(Templates)).ShouldBeEmpty();
    }

    [Theory]
    [InlineData(0, 10)]
    [InlineData(366, 10)]
    [InlineData(1, 129)]
    public async Task Bad_step_input_is_a_400(int days, int nameLength)
    {
        var session = await fixture.SignUpAsync();

        var response = await session.Admin.TryCreateTemplateAsync("BAD-1", Step(new string('步', nameLength), days));

        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).ShouldBe([days is < 1 or > 365 ? "steps[0].plannedDays" : "steps[0].name"]);
    }

    [Fact]
    public async Task Over_long_template_names_and_codes_are_a_400()
    {
        var session = await fixture.SignUpAsync();

        (await session.Admin.PostAsync(Templates, new { code = "OK-1", name = new string('n', 129), steps = new[] { Step("one") } })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await session.Admin.TryCreateTemplateAsync(new string('C', 33), Step("one"))).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await session.Admin.TryCreateTemplateAsync("has space", Step("one"))).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Publishing_freezes_a_version_and_the_next_edit_starts_a_copied_draft()
    {
        var session = await fixture.SignUpAsync();
        var published = await session.Admin.CreatePublishedAsync("SC-003", Step("plan", 2), Step("approve", 1));
        published.GetProperty("publishedVersionNumber").GetInt32().ShouldBe(1);
        published.GetProperty("draftVersionNumber").ValueKind.ShouldBe(JsonValueKind.Null);
        await (await session.Admin.PostAsync($"{Templates}/{published.Id()}/publish", null)).ShouldFailWithAsync((HttpStatusCode)422, "Processes:NoDraftToPublish");

        var edited = await (await session.Admin.TryUpdateDraftAsync(published, Step("plan", 3), Step("approve", 1), Step("execute", 10))).Content.ReadFromJsonAsync<JsonElement>();

        edited.GetProperty("draftVersionNumber").GetInt32().ShouldBe(2);
        edited.GetProperty("publishedVersionNumber").GetInt32().ShouldBe(1);
        var versions = Versions(edited);
        versions.Select(v => v.GetProperty("state").GetString()).ShouldBe(["Draft", "Published"]);
        versions[1].GetProperty("steps").GetArrayLength().ShouldBe(2);
        versions[1].GetProperty("steps")[0].GetProperty("plannedDays").GetInt32().ShouldBe(2);
        versions[0].GetProperty("steps").GetArrayLength().ShouldBe(3);
        await (await session.Admin.PostAsync($"{Templates}/{published.Id()}/draft", null)).ShouldFailWithAsync((HttpStatusCode)422, "Processes:DraftAlreadyExists");

        var republished = await session.Admin.PublishAsync(published.Id());
        republished.GetProperty("publishedVersionNumber").GetInt32().ShouldBe(2);
        Versions(republished)[1].GetProperty("publishedTime").ValueKind.ShouldNotBe(JsonValueKind.Null);
        var draft = await session.Admin.PostJsonAsync<JsonElement>($"{Templates}/{published.Id()}/draft", null);
        Versions(draft).Select(v => (v.GetProperty("number").GetInt32(), v.GetProperty("state").GetString())).ShouldBe([(3, "Draft"), (2, "Published"), (1, "Published")]);
        Versions(draft)[0].GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("name").GetString()).ShouldBe(["plan", "approve", "execute"]);
    }

    [Fact]
    public async Task An_empty_draft_cannot_be_published()
    {
        var session = await fixture.SignUpAsync();
        var template = await session.Admin.CreateTemplateAsync("EMPTY-1");

        await (await session.Admin.PostAsync($"{Templates}/{template.Id()}/publish", null)).ShouldFailWithAsync((HttpStatusCode)422, "Processes:TemplateHasNoSteps");
    }

    [Fact]
    public async Task A_stale_concurrency_stamp_is_a_409()
    {
        var session = await fixture.SignUpAsync();
        var template = await session.Admin.CreateTemplateAsync("SC-009", Step("one"));

        (await session.Admin.TryUpdateDraftAsync(template, Step("first edit"))).StatusCode.ShouldBe(HttpStatusCode.OK);
        var stale = await session.Admin.TryUpdateDraftAsync(template, Step("second edit"));

        stale.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var current = await session.Admin.GetJsonAsync<JsonElement>($"{Templates}/{template.Id()}");
        Versions(current).Single().GetProperty("steps")[0].GetProperty("name").GetString().ShouldBe("first edit");
    }

    [Fact]
    public async Task Staff_may_read_templates_but_not_manage_them()
    {
        var session = await fixture.SignUpAsync();
        await session.Admin.CreateTemplateAsync("SC-002", Step("one"));
        var staff = await Identity.IdentityTestExtensions.CreateStaffClientAsync(session);

        (await staff.GetJsonAsync<JsonElement[]>(Templates)).Length.ShouldBe(1);
        (await staff.TryCreateTemplateAsync("SC-010", Step("one"))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await staff.PostAsync($"{Templates}/import-default", null)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}

public sealed class ProcessTemplateApiTestsOnSqlite(SqliteApiFixture fixture) : ProcessTemplateApiTests(fixture), IClassFixture<SqliteApiFixture>;

public sealed class ProcessTemplateApiTestsOnPostgreSql(PostgreSqlApiFixture fixture) : ProcessTemplateApiTests(fixture), IClassFixture<PostgreSqlApiFixture>;
