using System.Net;
using System.Text.Json;
using MarketingSaaS.HttpApi.Tests.Approvals;
using MarketingSaaS.HttpApi.Tests.OrgChart;
using MarketingSaaS.TestBase.Clients;
using MarketingSaaS.TestBase.Hosting;
using Shouldly;
using Xunit;
using static MarketingSaaS.HttpApi.Tests.Notifications.NotificationClient;
using static MarketingSaaS.HttpApi.Tests.Processes.ProcessClient;

namespace MarketingSaaS.HttpApi.Tests.Notifications;

/// <summary>Notifications from the approval engine and processes, read state, and per-user e-mail preferences.</summary>
public abstract class NotificationApiTests(ApiFixture fixture)
{
    [Fact]
    public async Task Approvers_hear_when_their_stage_starts_and_the_requester_hears_the_decision()
    {
        var s = await ApprovalEngineScenario.CreateAsync(fixture);
        (await s["vp"].PutAsync("/api/settings/my-culture", new { culture = "en" })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var id = (await s.SubmitAsync(ApprovalEngineScenario.Request("n-" + Guid.NewGuid().ToString("N"), 60_000m))).Id();
        var title = (await s.GetAsync("researcher", id)).GetProperty("request").GetProperty("title").GetString()!;

        var waiting = (await s["director"].GetNotificationsAsync()).ShouldHaveSingleItem();
        waiting.Kind().ShouldBe("ApprovalWaiting");
        waiting.Title().ShouldBe("待您审批：" + title);
        waiting.Body().ShouldBe($"Name of researcher 提交的「{title}」（60,000.00 CNY）等待您审批。");
        waiting.GetProperty("link").GetString().ShouldBe($"/approvals/requests/{id}");
        waiting.GetProperty("isRead").GetBoolean().ShouldBeFalse();
        (await s["vp"].GetNotificationsAsync()).ShouldBeEmpty();

        (await s.ActAsync("director", id, "approve")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var vpWaiting = (await s["vp"].GetNotificationsAsync()).ShouldHaveSingleItem();
        vpWaiting.Title().ShouldBe("Approval waiting for you: " + title);
        (await s["researcher"].GetNotificationsAsync()).ShouldBeEmpty();

        (await s.ActAsync("vp", id, "approve", "Go ahead")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var decided = (await s["researcher"].GetNotificationsAsync()).ShouldHaveSingleItem();
        decided.Kind().ShouldBe("ApprovalDecided");
        decided.Title().ShouldBe("已通过：" + title);
        decided.Body().ShouldBe($"Name of vp 已终审批准您的申请「{title}」。意见：Go ahead");
        (await s["director"].GetNotificationsAsync()).Length.ShouldBe(1);
    }

    [Fact]
    public async Task A_rejection_tells_the_requester_with_the_comment()
    {
        var s = await ApprovalEngineScenario.CreateAsync(fixture);
        var id = (await s.SubmitAsync(ApprovalEngineScenario.Request("r-" + Guid.NewGuid().ToString("N"), 60_000m))).Id();

        (await s.ActAsync("director", id, "reject", "Too expensive")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var decided = (await s["researcher"].GetNotificationsAsync()).ShouldHaveSingleItem();
        decided.Title().ShouldStartWith("已驳回：");
        decided.Body().ShouldEndWith("意见：Too expensive");
        (await s["vp"].GetNotificationsAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_return_tells_the_requester_to_revise_with_the_comment()
    {
        var s = await ApprovalEngineScenario.CreateAsync(fixture);
        (await s["researcher"].PutAsync("/api/settings/my-culture", new { culture = "en" })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var id = (await s.SubmitAsync(ApprovalEngineScenario.Request("t-" + Guid.NewGuid().ToString("N"), 60_000m))).Id();
        var title = (await s.GetAsync("researcher", id)).GetProperty("request").GetProperty("title").GetString()!;

        (await s.ActAsync("director", id, "return", "Add the quotes")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var returned = (await s["researcher"].GetNotificationsAsync()).ShouldHaveSingleItem();
        returned.Kind().ShouldBe("ApprovalDecided");
        returned.Title().ShouldBe("Returned to you: " + title);
        returned.Body().ShouldBe($"Name of director returned your request \"{title}\" for revision. Comment: Add the quotes");
        returned.GetProperty("link").GetString().ShouldBe($"/approvals/requests/{id}");
        (await s["vp"].GetNotificationsAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task Unread_count_mark_one_and_mark_all_read()
    {
        var s = await ApprovalEngineScenario.CreateAsync(fixture);
        for (var i = 0; i < 3; i++)
        {
            await s.SubmitAsync(ApprovalEngineScenario.Request($"u{i}-" + Guid.NewGuid().ToString("N"), 60_000m));
        }

        var director = s["director"];
        (await director.UnreadCountAsync()).ShouldBe(3);
        var all = await director.GetNotificationsAsync();
        all.Length.ShouldBe(3);
        all[0].Title().ShouldContain("Spring fair u2-");
        all[2].Title().ShouldContain("Spring fair u0-");

        var read = await director.PostJsonAsync<JsonElement>($"{Url}/{all[1].Id()}/read", null);
        read.GetProperty("isRead").GetBoolean().ShouldBeTrue();
        read.GetProperty("readTime").GetDateTimeOffset().ShouldBe(fixture.Factory.Clock.GetUtcNow());
        (await director.UnreadCountAsync()).ShouldBe(2);
        (await director.GetNotificationsAsync(unreadOnly: true)).Select(n => n.Id()).ShouldBe([all[0].Id(), all[2].Id()]);
        (await s["vp"].PostAsync($"{Url}/{all[0].Id()}/read", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        (await director.PostJsonAsync<JsonElement>($"{Url}/read-all", null)).GetProperty("count").GetInt64().ShouldBe(0);
        (await director.UnreadCountAsync()).ShouldBe(0);
        (await director.GetNotificationsAsync(unreadOnly: true)).ShouldBeEmpty();
        (await director.GetNotificationsAsync()).Length.ShouldBe(3);
        (await fixture.Anonymous(s.Session.Slug).GetAsync(Url)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Assignees_hear_about_their_steps_when_a_process_starts()
    {
        var session = await fixture.SignUpAsync();
        var adminId = await session.Admin.MyUserIdAsync();
        var planner = await session.Admin.CreatePositionAsync("Planner", holderUserIds: [adminId]);
        var template = await session.Admin.CreatePublishedAsync("FLOW-N", Step("Brief", 2, group: 1, positions: [planner.Id()]), Step("Nobody", 1, group: 2));

        await session.Admin.StartAsync(template.Id(), new DateOnly(2026, 11, 23), "Autumn launch");

        var assigned = (await session.Admin.GetNotificationsAsync()).ShouldHaveSingleItem();
        assigned.Kind().ShouldBe("StepAssigned");
        assigned.Title().ShouldBe("新任务：Brief");
        assigned.Body().ShouldBe("您负责流程「Autumn launch」的步骤「Brief」，计划时间 2026-11-23 至 2026-11-24。");
    }

    [Fact]
    public async Task The_list_filters_by_kind_alone_or_with_unread()
    {
        var s = await Processes.ProcessScenario.CreateAsync(fixture);
        var instance = await s.Session.Admin.StartAsync(s.TemplateId, new DateOnly(2026, 7, 3));
        (await s.Session.Admin.TryProvideAsync(instance, 0, 0)).EnsureSuccessStatusCode();
        (await s.Session.Admin.TryCompleteAsync(instance, 0)).EnsureSuccessStatusCode();

        var ready = (await s.Staff.GetNotificationsOfKindAsync("StepReady")).ShouldHaveSingleItem();
        (await s.Staff.GetNotificationsOfKindAsync("stepassigned")).ShouldHaveSingleItem().Kind().ShouldBe("StepAssigned");
        (await s.Staff.GetNotificationsOfKindAsync("BudgetWarning")).ShouldBeEmpty();
        (await s.Staff.PostAsync($"{Url}/{ready.Id()}/read", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await s.Staff.GetNotificationsOfKindAsync("StepReady", unreadOnly: true)).ShouldBeEmpty();
        (await s.Staff.GetNotificationsOfKindAsync("StepAssigned", unreadOnly: true)).ShouldHaveSingleItem();
    }

    [Theory]
    [InlineData("Nonsense")]
    [InlineData("7")]
    public async Task An_unknown_kind_is_a_field_error(string kind)
    {
        var session = await fixture.SignUpAsync();

        var response = await session.Admin.GetAsync($"{Url}?kind={kind}");

        (await response.ReadProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").GetProperty("kind").GetArrayLength().ShouldBe(1);
    }

    [Fact]
    public async Task Preferences_choose_the_kinds_that_also_go_by_email()
    {
        var session = await fixture.SignUpAsync();
        session.Admin.Http.DefaultRequestHeaders.Add("Accept-Language", "en");

        var defaults = await session.Admin.GetJsonAsync<JsonElement>($"{Url}/preferences");
        defaults.GetProperty("kinds").EnumerateArray().ShouldAllBe(k => k.GetProperty("email").GetBoolean());
        defaults.GetProperty("kinds").EnumerateArray().Select(k => k.GetProperty("kind").GetString())
            .ShouldBe(["ApprovalWaiting", "ApprovalDecided", "StepAssigned", "StepOverdue", "BudgetWarning", "Reminder", "StepReady"]);
        defaults.GetProperty("kinds")[5].GetProperty("displayName").GetString().ShouldBe("Reminder of a date (rehearsal, review due)");

        var updated = await (await session.Admin.PutAsync($"{Url}/preferences", new { emailKinds = new[] { "ApprovalWaiting", "StepOverdue" } })).ReadAsAsync<JsonElement>();

        Emailed(updated).ShouldBe(["ApprovalWaiting", "StepOverdue"]);
        Emailed(await session.Admin.GetJsonAsync<JsonElement>($"{Url}/preferences")).ShouldBe(["ApprovalWaiting", "StepOverdue"]);
        updated.GetProperty("kinds")[0].GetProperty("displayName").GetString().ShouldBe("Approval waiting for you");
        (await session.Admin.PutAsync($"{Url}/preferences", new { emailKinds = new[] { "Nonsense" } })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await session.Admin.PutAsync($"{Url}/preferences", new { emailKinds = new[] { 42 } })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        Emailed(await (await session.Admin.PutAsync($"{Url}/preferences", new { emailKinds = Array.Empty<string>() })).ReadAsAsync<JsonElement>()).ShouldBeEmpty();
    }

    private static string[] Emailed(JsonElement preferences) =>
        [.. preferences.GetProperty("kinds").EnumerateArray().Where(k => k.GetProperty("email").GetBoolean()).Select(k => k.GetProperty("kind").GetString()!)];
}

public sealed class NotificationApiTestsOnSqlite(SqliteApiFixture fixture) : NotificationApiTests(fixture), IClassFixture<SqliteApiFixture>;

public sealed class NotificationApiTestsOnPostgreSql(PostgreSqlApiFixture fixture) : NotificationApiTests(fixture), IClassFixture<PostgreSqlApiFixture>;
