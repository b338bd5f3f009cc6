using MarketingSaaS.TestBase.Clients;
using System.Net;
using System.Text.Json;
using MarketingSaaS.HttpApi.Tests.OrgChart;
using MarketingSaaS.TestBase.Hosting;
using Shouldly;
using Xunit;
using static MarketingSaaS.HttpApi.Tests.Processes.ProcessClient;

namespace MarketingSaaS.HttpApi.Tests.Processes;

/// <summary>
/// ProcessTemplate with its ProcessTemplateVersion and ProcessStepDefinition rows, and ProcessInstance with its
/// ProcessStep and Deliverable rows, belong to one company.
/// </summary>
public abstract class ProcessIsolationTests(ApiFixture fixture)
{
    private static readonly DateOnly Friday = new(2026, 7, 3);

    [Fact]
    public async Task Another_company_cannot_list_get_update_publish_or_start_templates()
    {
        var a = await ProcessScenario.CreateAsync(fixture);
        var b = await fixture.SignUpAsync();
        var aDraft = await a.Session.Admin.CreateTemplateAsync("DRAFT-A", Step("draft step"));
        var id = a.TemplateId;

        (await b.Admin.GetJsonAsync<JsonElement[]>(Templates)).ShouldBeEmpty();
        (await b.Admin.GetAsync($"{Templates}/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await b.Admin.TryUpdateDraftAsync(a.Template, Step("hijacked"))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await b.Admin.PostAsync($"{Templates}/{id}/draft", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await b.Admin.PostAsync($"{Templates}/{aDraft.Id()}/publish", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await b.Admin.PostAsync(Instances, new { templateId = id, name = "b run", startDate = Friday })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var planner = Versions(a.Template).Single().GetProperty("steps")[0].GetProperty("responsiblePositionIds")[0].GetGuid();
        await (await b.Admin.TryCreateTemplateAsync("B-1", Step("uses A's position", positions: [planner]))).ShouldFailWithAsync((HttpStatusCode)422, "MarketingSaaS:UnknownPosition");
        (await b.Admin.TryCreateTemplateAsync("FLOW-1", Step("same code as A"))).StatusCode.ShouldBe(HttpStatusCode.Created);

        var aTemplate = await a.Session.Admin.GetJsonAsync<JsonElement>($"{Templates}/{id}");
        Versions(aTemplate).Single().GetProperty("steps").GetArrayLength().ShouldBe(4);
        (await a.Session.Admin.GetJsonAsync<JsonElement>($"{Templates}/{aDraft.Id()}")).GetProperty("draftVersionNumber").GetInt32().ShouldBe(1);
    }

    [Fact]
    public async Task Another_company_cannot_list_get_or_work_on_processes_steps_and_deliverables()
    {
        var a = await ProcessScenario.CreateAsync(fixture);
        var b = await fixture.SignUpAsync();
        var instance = await a.Session.Admin.StartAsync(a.TemplateId, Friday);
        var id = instance.GetProperty("id").GetGuid();

        (await b.Admin.GetJsonAsync<JsonElement[]>(Instances)).ShouldBeEmpty();
        (await b.Admin.GetJsonAsync<JsonElement[]>($"{Instances}?templateId={a.TemplateId}")).ShouldBeEmpty();
        (await b.Admin.GetAsync($"{Instances}/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await b.Admin.TryProvideAsync(instance, 0, 0)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await b.Admin.TryCompleteAsync(instance, 2)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await b.Admin.GetJsonAsync<JsonElement[]>("/api/processes/my-tasks")).ShouldBeEmpty();

        var aView = await a.Session.Admin.GetJsonAsync<JsonElement>($"{Instances}/{id}");
        StepAt(aView, 0).GetProperty("deliverables")[0].GetProperty("isProvided").GetBoolean().ShouldBeFalse();
        aView.GetProperty("steps").EnumerateArray().ShouldAllBe(s => !s.GetProperty("isCompleted").GetBoolean());
        (await a.Session.Admin.GetJsonAsync<JsonElement[]>("/api/processes/my-tasks")).Length.ShouldBe(2);
    }
}

public sealed class ProcessIsolationTestsOnSqlite(SqliteApiFixture fixture) : ProcessIsolationTests(fixture), IClassFixture<SqliteApiFixture>;

public sealed class ProcessIsolationTestsOnPostgreSql(PostgreSqlApiFixture fixture) : ProcessIsolationTests(fixture), IClassFixture<PostgreSqlApiFixture>;
