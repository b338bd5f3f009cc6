using System.Net;
using System.Text.Json;
using MarketingSaaS.HttpApi.Tests.Approvals;
using MarketingSaaS.Notifications;
using MarketingSaaS.TestBase.Clients;
using MarketingSaaS.TestBase.Hosting;
using Shouldly;
using Xunit;
using static MarketingSaaS.HttpApi.Tests.Notifications.NotificationClient;
using static MarketingSaaS.HttpApi.Tests.Processes.ProcessClient;

namespace MarketingSaaS.HttpApi.Tests.Notifications;

/// <summary>
/// <see cref="Notification"/> and <see cref="NotificationPreference"/> rows belong to one user of one company:
/// nobody else lists, counts, marks or changes them.
/// </summary>
public abstract class NotificationIsolationTests(ApiFixture fixture)
{
    [Fact]
    public async Task Another_company_never_lists_counts_or_marks_a_users_notifications()
    {
        var a = await ApprovalEngineScenario.CreateAsync(fixture);
        var b = await ApprovalEngineScenario.CreateAsync(fixture);
        await a.SubmitAsync(ApprovalEngineScenario.Request("iso-" + Guid.NewGuid().ToString("N"), 60_000m));
        var notification = (await a["director"].GetNotificationsAsync()).ShouldHaveSingleItem();

        (await b["director"].GetNotificationsAsync()).ShouldBeEmpty();
        (await b["director"].UnreadCountAsync()).ShouldBe(0);
        (await b["director"].PostAsync($"{Url}/{notification.Id()}/read", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await b.Session.Admin.PostAsync($"{Url}/{notification.Id()}/read", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await b["director"].PostAsync($"{Url}/read-all", null)).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await a["director"].UnreadCountAsync()).ShouldBe(1);
        (await a["director"].GetNotificationsAsync(unreadOnly: true)).ShouldHaveSingleItem().Id().ShouldBe(notification.Id());
    }

    [Fact]
    public async Task Another_users_notifications_stay_out_of_reach_in_the_same_company()
    {
        var a = await ApprovalEngineScenario.CreateAsync(fixture);
        await a.SubmitAsync(ApprovalEngineScenario.Request("iso-" + Guid.NewGuid().ToString("N"), 60_000m));
        var notification = (await a["director"].GetNotificationsAsync()).ShouldHaveSingleItem();

        (await a.Session.Admin.GetNotificationsAsync()).ShouldBeEmpty();
        (await a.Session.Admin.PostAsync($"{Url}/{notification.Id()}/read", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await a.Session.Admin.PostAsync($"{Url}/read-all", null)).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await a["director"].UnreadCountAsync()).ShouldBe(1);
    }

    [Fact]
    public async Task Filtering_by_kind_never_reaches_another_users_or_another_companys_notifications()
    {
        var a = await Processes.ProcessScenario.CreateAsync(fixture);
        var b = await Processes.ProcessScenario.CreateAsync(fixture);
        var instance = await a.Session.Admin.StartAsync(a.TemplateId, new DateOnly(2026, 7, 3));
        (await a.Session.Admin.TryProvideAsync(instance, 0, 0)).EnsureSuccessStatusCode();
        (await a.Session.Admin.TryCompleteAsync(instance, 0)).EnsureSuccessStatusCode();

        (await b.Staff.GetNotificationsOfKindAsync("StepReady")).ShouldBeEmpty();
        (await b.Session.Admin.GetNotificationsOfKindAsync("StepReady")).ShouldBeEmpty();
        (await a.Session.Admin.GetNotificationsOfKindAsync("StepReady")).ShouldBeEmpty();
        (await a.Staff.GetNotificationsOfKindAsync("StepReady")).ShouldHaveSingleItem();
    }

    [Fact]
    public async Task Preferences_are_per_user_and_per_company()
    {
        var a = await fixture.SignUpAsync();
        var b = await fixture.SignUpAsync();
        (await a.Admin.PutAsync($"{Url}/preferences", new { emailKinds = new[] { "BudgetWarning" } })).StatusCode.ShouldBe(HttpStatusCode.OK);

        var bPreferences = await b.Admin.GetJsonAsync<JsonElement>($"{Url}/preferences");
        bPreferences.GetProperty("kinds").EnumerateArray().ShouldAllBe(k => k.GetProperty("email").GetBoolean());
        var aStaff = await Identity.IdentityTestExtensions.CreateStaffClientAsync(a);
        (await aStaff.GetJsonAsync<JsonElement>($"{Url}/preferences")).GetProperty("kinds").EnumerateArray().ShouldAllBe(k => k.GetProperty("email").GetBoolean());
        (await b.Admin.PutAsync($"{Url}/preferences", new { emailKinds = Array.Empty<string>() })).StatusCode.ShouldBe(HttpStatusCode.OK);

        var aPreferences = await a.Admin.GetJsonAsync<JsonElement>($"{Url}/preferences");
        aPreferences.GetProperty("kinds").EnumerateArray().Where(k => k.GetProperty("email").GetBoolean()).Select(k => k.GetProperty("kind").GetString()).ShouldBe(["BudgetWarning"]);
    }
}

public sealed class NotificationIsolationTestsOnSqlite(SqliteApiFixture fixture) : NotificationIsolationTests(fixture), IClassFixture<SqliteApiFixture>;

public sealed class NotificationIsolationTestsOnPostgreSql(PostgreSqlApiFixture fixture) : NotificationIsolationTests(fixture), IClassFixture<PostgreSqlApiFixture>;
