using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MarketingSaaS.TestBase;
using MarketingSaaS.TestBase.Hosting;
using Shouldly;
using Xunit;
using static MarketingSaaS.HttpApi.Tests.Processes.ProcessClient;

namespace MarketingSaaS.HttpApi.Tests.Processes;

public abstract class ProcessInstanceApiTests(ApiFixture fixture)
{
    private static readonly DateOnly Friday = new(2026, 7, 3);

    [Fact]
    public async Task Due_dates_count_working_days_across_weekends_and_parallel_groups_start_together()
    {
        var s = await ProcessScenario.CreateAsync(fixture);

        var instance = await s.Session.Admin.StartAsync(s.TemplateId, Friday);

        var steps = instance.GetProperty("steps").EnumerateArray().ToList();
        steps.Select(step => (step.GetProperty("name").GetString(), Date(step, "startDate"), Date(step, "dueDate"))).ShouldBe(
        [
            ("A", new DateOnly(2026, 7, 3), new DateOnly(2026, 7, 6)),
            ("B", new DateOnly(2026, 7, 7), new DateOnly(2026, 7, 9)),
            ("C", new DateOnly(2026, 7, 7), new DateOnly(2026, 7, 7)),
            ("D", new DateOnly(2026, 7, 10), new DateOnly(2026, 7, 13)),
        ]);
        Date(instance, "dueDate").ShouldBe(new DateOnly(2026, 7, 13));
        steps[0].GetProperty("assigneeUserIds").EnumerateArray().Select(e => e.GetGuid()).ShouldBe([s.AdminId]);
        steps[1].GetProperty("assigneeUserIds").EnumerateArray().Select(e => e.GetGuid()).ShouldBe([s.StaffId]);
        steps[2].GetProperty("assigneeUserIds").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task A_process_started_on_a_saturday_begins_on_monday()
    {
        var s = await ProcessScenario.CreateAsync(fixture);

        var instance = await s.Session.Admin.StartAsync(s.TemplateId, new DateOnly(2026, 7, 4));

        Date(StepAt(instance, 0), "startDate").ShouldBe(new DateOnly(2026, 7, 6));
        Date(StepAt(instance, 0), "dueDate").ShouldBe(new DateOnly(2026, 7, 7));
    }

    [Fact]
    public async Task A_process_keeps_the_version_it_was_started_from()
    {
        var s = await ProcessScenario.CreateAsync(fixture);
        var first = await s.Session.Admin.StartAsync(s.TemplateId, Friday, "v1 run");

        (await s.Session.Admin.TryUpdateDraftAsync(s.Template, Step("Only step of v2", 4))).EnsureSuccessStatusCode();
        await s.Session.Admin.PublishAsync(s.TemplateId);
        var second = await s.Session.Admin.StartAsync(s.TemplateId, Friday, "v2 run");

        var reloaded = await s.Session.Admin.GetJsonAsync<JsonElement>($"{Instances}/{first.GetProperty("id").GetGuid()}");
        reloaded.GetProperty("templateVersionNumber").GetInt32().ShouldBe(1);
        reloaded.GetProperty("steps").EnumerateArray().Select(step => step.GetProperty("name").GetString()).ShouldBe(["A", "B", "C", "D"]);
        second.GetProperty("templateVersionNumber").GetInt32().ShouldBe(2);
        second.GetProperty("steps").EnumerateArray().Select(step => step.GetProperty("name").GetString()).ShouldBe(["Only step of v2"]);
        second.GetProperty("templateVersionId").GetGuid().ShouldNotBe(reloaded.GetProperty("templateVersionId").GetGuid());
    }

    [Fact]
    public async Task Only_published_templates_can_be_started()
    {
        var s = await ProcessScenario.CreateAsync(fixture);
        var draftOnly = await s.Session.Admin.CreateTemplateAsync("DRAFT-1", Step("one"));

        var response = await s.Session.Admin.PostAsync(Instances, new { templateId = draftOnly.GetProperty("id").GetGuid(), name = "x", startDate = Friday });

        await response.ShouldFailWithAsync((HttpStatusCode)422, "Processes:TemplateNotPublished");
        (await s.Session.Admin.PostAsync(Instances, new { templateId = s.TemplateId, name = new string('n', 129), startDate = Friday })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Steps_complete_group_by_group_and_in_any_order_within_a_group()
    {
        var s = await ProcessScenario.CreateAsync(fixture);
        var instance = await s.Session.Admin.StartAsync(s.TemplateId, Friday);

        await (await s.Session.Admin.TryCompleteAsync(instance, 3)).ShouldFailWithAsync((HttpStatusCode)422, "Processes:EarlierStepsOpen");
        await (await s.Session.Admin.TryCompleteAsync(instance, 2)).ShouldFailWithAsync((HttpStatusCode)422, "Processes:EarlierStepsOpen");
        (await s.Session.Admin.TryProvideAsync(instance, 0, 0)).EnsureSuccessStatusCode();
        (await s.Session.Admin.TryCompleteAsync(instance, 0)).EnsureSuccessStatusCode();
        (await s.Session.Admin.TryCompleteAsync(instance, 2)).EnsureSuccessStatusCode();
        await (await s.Session.Admin.TryCompleteAsync(instance, 3)).ShouldFailWithAsync((HttpStatusCode)422, "Processes:EarlierStepsOpen");
        (await s.Staff.TryCompleteAsync(instance, 1)).EnsureSuccessStatusCode();
        var done = await (await s.Session.Admin.TryCompleteAsync(instance, 3)).Content.ReadFromJsonAsync<JsonElement>(MarketingSaaS.TestBase.Clients.ApiClient.Json);

        done.GetProperty("isCompleted").GetBoolean().ShouldBeTrue();
        StepAt(done, 1).GetProperty("completedByUserId").GetGuid().ShouldBe(s.StaffId);
        await (await s.Session.Admin.TryCompleteAsync(instance, 3)).ShouldFailWithAsync((HttpStatusCode)422, "Processes:StepAlreadyCompleted");
    }

    [Fact]
    public async Task Completing_a_step_needs_its_required_deliverables_and_an_assignee()
    {
        var s = await ProcessScenario.CreateAsync(fixture);
        var instance = await s.Session.Admin.StartAsync(s.TemplateId, Friday);

        await (await s.Session.Admin.TryCompleteAsync(instance, 0)).ShouldFailWithAsync((HttpStatusCode)422, "Processes:RequiredDeliverablesMissing");
        await (await s.Staff.TryProvideAsync(instance, 0, 0)).ShouldFailWithAsync(HttpStatusCode.Forbidden, "Processes:NotStepAssignee");
        (await s.Session.Admin.TryProvideAsync(instance, 0, 0, "see the link")).EnsureSuccessStatusCode();
        await (await s.Staff.TryCompleteAsync(instance, 0)).ShouldFailWithAsync(HttpStatusCode.Forbidden, "Processes:NotStepAssignee");
        var completed = await (await s.Session.Admin.TryCompleteAsync(instance, 0)).Content.ReadFromJsonAsync<JsonElement>(MarketingSaaS.TestBase.Clients.ApiClient.Json);

        var step = StepAt(completed, 0);
        step.GetProperty("isCompleted").GetBoolean().ShouldBeTrue();
        var report = step.GetProperty("deliverables")[0];
        report.GetProperty("isProvided").GetBoolean().ShouldBeTrue();
        report.GetProperty("note").GetString().ShouldBe("see the link");
        report.GetProperty("link").GetString().ShouldBe("https://files.example.test/report");
        step.GetProperty("deliverables")[1].GetProperty("isProvided").GetBoolean().ShouldBeFalse();
    }

    [Fact]
    public async Task Steps_due_before_today_in_the_company_time_zone_are_overdue()
    {
        fixture.Factory.Clock.Set(new DateTimeOffset(2026, 7, 3, 1, 0, 0, TimeSpan.Zero));
        var s = await ProcessScenario.CreateAsync(fixture);
        var instance = await s.Session.Admin.StartAsync(s.TemplateId, Friday);
        StepAt(instance, 0).GetProperty("isOverdue").GetBoolean().ShouldBeFalse();

        // Monday 23:59 in Shanghai: step A (due Monday) is not overdue yet.
        fixture.Factory.Clock.Set(new DateTimeOffset(2026, 7, 6, 15, 59, 0, TimeSpan.Zero));
        var admin = await s.Session.SignInAsync("admin", TestAccounts.AdminPassword);
        var monday = await admin.GetJsonAsync<JsonElement>($"{Instances}/{instance.GetProperty("id").GetGuid()}");
        StepAt(monday, 0).GetProperty("isOverdue").GetBoolean().ShouldBeFalse();

        // Tuesday 00:01 in Shanghai, still Monday in UTC.
        fixture.Factory.Clock.Set(new DateTimeOffset(2026, 7, 6, 16, 1, 0, TimeSpan.Zero));
        var tuesday = await admin.GetJsonAsync<JsonElement>($"{Instances}/{instance.GetProperty("id").GetGuid()}");
        StepAt(tuesday, 0).GetProperty("isOverdue").GetBoolean().ShouldBeTrue();
        StepAt(tuesday, 1).GetProperty("isOverdue").GetBoolean().ShouldBeFalse();
        tuesday.GetProperty("isOverdue").GetBoolean().ShouldBeTrue();
        (await admin.GetJsonAsync<JsonElement[]>("/api/processes/my-tasks"))[0].GetProperty("step").GetProperty("isOverdue").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public async Task My_tasks_are_my_open_steps_by_due_date()
    {
        var s = await ProcessScenario.CreateAsync(fixture);
        var later = await s.Session.Admin.StartAsync(s.TemplateId, Friday, "later");
        var earlier = await s.Session.Admin.StartAsync(s.TemplateId, new DateOnly(2026, 7, 1), "earlier");

        var mine = await s.Session.Admin.GetJsonAsync<JsonElement[]>("/api/processes/my-tasks");
        mine.Select(t => (t.GetProperty("instanceName").GetString(), t.GetProperty("step").GetProperty("name").GetString(), Date(t.GetProperty("step"), "dueDate"))).ShouldBe(
        [
            ("earlier", "A", new DateOnly(2026, 7, 2)),
            ("later", "A", new DateOnly(2026, 7, 6)),
            ("earlier", "D", new DateOnly(2026, 7, 9)),
            ("later", "D", new DateOnly(2026, 7, 13)),
        ]);
        (await s.Staff.GetJsonAsync<JsonElement[]>("/api/processes/my-tasks")).Select(t => t.GetProperty("instanceName").GetString()).ShouldBe(["earlier", "later"]);

        (await s.Session.Admin.TryProvideAsync(earlier, 0, 0)).EnsureSuccessStatusCode();
        (await s.Session.Admin.TryCompleteAsync(earlier, 0)).EnsureSuccessStatusCode();
        (await s.Session.Admin.GetJsonAsync<JsonElement[]>("/api/processes/my-tasks")).Length.ShouldBe(3);
        later.GetProperty("id").GetGuid().ShouldNotBe(earlier.GetProperty("id").GetGuid());
    }
}

public sealed class ProcessInstanceApiTestsOnSqlite(SqliteApiFixture fixture) : ProcessInstanceApiTests(fixture), IClassFixture<SqliteApiFixture>;

public sealed class ProcessInstanceApiTestsOnPostgreSql(PostgreSqlApiFixture fixture) : ProcessInstanceApiTests(fixture), IClassFixture<PostgreSqlApiFixture>;
