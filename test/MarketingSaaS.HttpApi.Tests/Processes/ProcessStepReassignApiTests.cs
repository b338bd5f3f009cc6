using System.Net;
using System.Text.Json;
using MarketingSaaS.HttpApi.Tests.Notifications;
using MarketingSaaS.HttpApi.Tests.OrgChart;
using MarketingSaaS.TestBase.Clients;
using MarketingSaaS.TestBase.Hosting;
using Shouldly;
using Xunit;
using static MarketingSaaS.HttpApi.Tests.Processes.ProcessClient;

namespace MarketingSaaS.HttpApi.Tests.Processes;

public abstract class ProcessStepReassignApiTests(ApiFixture fixture)
{
    private static readonly DateOnly Friday = new(2026, 7, 3);

    private static string ReassignUrl(JsonElement instance, int stepIndex) =>
        $"{Instances}/{instance.GetProperty("id").GetGuid()}/steps/{StepAt(instance, stepIndex).GetProperty("id").GetGuid()}/reassign";

    private static IEnumerable<Guid> Assignees(JsonElement instance, int stepIndex) =>
        StepAt(instance, stepIndex).GetProperty("assigneeUserIds").EnumerateArray().Select(e => e.GetGuid());

    [Fact]
    public async Task An_assignee_hands_a_step_over_and_the_new_holder_is_notified_and_sees_it_in_my_tasks()
    {
        var s = await ProcessScenario.CreateAsync(fixture);
        var instance = await s.Session.Admin.StartAsync(s.TemplateId, Friday);

        // Staff holds step B; they hand it to the admin.
        var response = await s.Staff.PostAsync(ReassignUrl(instance, 1), new { userId = s.AdminId });

        Assignees(await response.ReadJsonAsync(HttpStatusCode.OK), 1).ShouldBe([s.AdminId]);
        var assigned = (await s.Session.Admin.GetNotificationsAsync()).Where(n => n.Kind() == "StepAssigned" && n.Title().EndsWith('B')).ToList();
        assigned.Count.ShouldBe(1);
        (await s.Staff.GetJsonAsync<JsonElement[]>("/api/my-tasks")).ShouldBeEmpty();
        (await s.Session.Admin.GetJsonAsync<JsonElement[]>("/api/my-tasks")).Select(t => t.GetProperty("title").GetString()).ShouldBe(["A", "B", "D"]);
    }

    [Fact]
    public async Task Someone_who_neither_holds_the_step_nor_manages_processes_cannot_reassign_it()
    {
        var s = await ProcessScenario.CreateAsync(fixture);
        var instance = await s.Session.Admin.StartAsync(s.TemplateId, Friday);

        // Staff does not hold step A (the admin does) and has no Processes.Templates.Manage.
        var response = await s.Staff.PostAsync(ReassignUrl(instance, 0), new { userId = s.StaffId });

        await response.ShouldFailWithAsync(HttpStatusCode.Forbidden, "Processes:NotStepAssignee");
    }

    [Fact]
    public async Task A_process_manager_reassigns_a_step_held_by_someone_else()
    {
        var s = await ProcessScenario.CreateAsync(fixture);
        var instance = await s.Session.Admin.StartAsync(s.TemplateId, Friday);

        var reassigned = await s.Session.Admin.PostJsonAsync<JsonElement>(ReassignUrl(instance, 1), new { userId = s.AdminId });

        Assignees(reassigned, 1).ShouldBe([s.AdminId]);
    }

    [Fact]
    public async Task Reassigning_to_a_user_of_another_company_is_refused()
    {
        var s = await ProcessScenario.CreateAsync(fixture);
        var other = await fixture.SignUpAsync();
        var outsiderId = await other.Admin.MyUserIdAsync();
        var instance = await s.Session.Admin.StartAsync(s.TemplateId, Friday);

        var response = await s.Session.Admin.PostAsync(ReassignUrl(instance, 0), new { userId = outsiderId });

        await response.ShouldFailWithAsync((HttpStatusCode)422, "Processes:AssigneeNotFound");
    }

    [Fact]
    public async Task The_people_a_step_can_go_to_are_the_companys_active_users_only()
    {
        var s = await ProcessScenario.CreateAsync(fixture);
        var other = await ProcessScenario.CreateAsync(fixture);

        var candidates = await s.Staff.GetJsonAsync<JsonElement[]>("/api/processes/assignee-candidates");

        candidates.Select(c => c.GetProperty("id").GetGuid()).Order().ShouldBe(new[] { s.AdminId, s.StaffId }.Order());
        candidates.Single(c => c.GetProperty("id").GetGuid() == s.StaffId).GetProperty("userName").GetString().ShouldBe("designer1");
        (await other.Staff.GetJsonAsync<JsonElement[]>("/api/processes/assignee-candidates")).Select(c => c.GetProperty("id").GetGuid()).ShouldNotContain(s.StaffId);
    }

    [Fact]
    public async Task Another_company_cannot_reassign_a_step()
    {
        var s = await ProcessScenario.CreateAsync(fixture);
        var other = await fixture.SignUpAsync();
        var instance = await s.Session.Admin.StartAsync(s.TemplateId, Friday);

        var response = await other.Admin.PostAsync(ReassignUrl(instance, 0), new { userId = await other.Admin.MyUserIdAsync() });

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_completed_step_or_a_current_holder_cannot_be_reassigned_to_and_a_missing_user_is_a_field_error()
    {
        var s = await ProcessScenario.CreateAsync(fixture);
        var instance = await s.Session.Admin.StartAsync(s.TemplateId, Friday);
        (await s.Session.Admin.TryProvideAsync(instance, 0, 0)).EnsureSuccessStatusCode();
        (await s.Session.Admin.TryCompleteAsync(instance, 0)).EnsureSuccessStatusCode();

        await (await s.Session.Admin.PostAsync(ReassignUrl(instance, 0), new { userId = s.StaffId })).ShouldFailWithAsync((HttpStatusCode)422, "Processes:StepAlreadyCompleted");
        await (await s.Session.Admin.PostAsync(ReassignUrl(instance, 1), new { userId = s.StaffId })).ShouldFailWithAsync((HttpStatusCode)422, "Processes:AlreadyStepAssignee");
        var missing = await s.Session.Admin.PostAsync(ReassignUrl(instance, 1), new { });
        (await missing.ReadProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").GetProperty("userId").GetArrayLength().ShouldBe(1);
    }
}

public sealed class ProcessStepReassignApiTestsOnSqlite(SqliteApiFixture fixture) : ProcessStepReassignApiTests(fixture), IClassFixture<SqliteApiFixture>;

public sealed class ProcessStepReassignApiTestsOnPostgreSql(PostgreSqlApiFixture fixture) : ProcessStepReassignApiTests(fixture), IClassFixture<PostgreSqlApiFixture>;
