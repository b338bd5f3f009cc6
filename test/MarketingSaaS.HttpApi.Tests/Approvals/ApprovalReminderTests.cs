using System.Net;
using System.Text.Json;
using MarketingSaaS.HttpApi.Tests.Notifications;
using MarketingSaaS.HttpApi.Tests.OrgChart;
using MarketingSaaS.TestBase;
using MarketingSaaS.TestBase.Clients;
using MarketingSaaS.TestBase.Hosting;
using Shouldly;
using Xunit;

namespace MarketingSaaS.HttpApi.Tests.Approvals;

/// <summary>催办: the requester reminds the current stage's approvers once per stage and company-local day.</summary>
public abstract class ApprovalReminderTests(ApiFixture fixture)
{
    [Fact]
    public async Task The_first_reminder_notifies_the_approvers_and_a_second_the_same_day_is_refused_with_a_422()
    {
        var s = await ApprovalEngineScenario.CreateAsync(fixture);
        var id = (await s.SubmitAsync(ApprovalEngineScenario.Request(Guid.NewGuid().ToString("N")))).Id();
        var before = (await s["director"].GetNotificationsAsync()).Length;

        var first = await s["researcher"].PostJsonAsync<JsonElement>($"{ApprovalEngineScenario.Url}/{id}/remind", null);
        var second = await s["researcher"].PostAsync($"{ApprovalEngineScenario.Url}/{id}/remind", null);

        first.GetProperty("approverNames").EnumerateArray().Select(n => n.GetString()).ShouldBe(["Name of director"]);
        (await s["director"].GetNotificationsAsync()).Length.ShouldBe(before + 1);
        (await second.ReadProblemAsync((HttpStatusCode)422)).GetProperty("code").GetString().ShouldBe("MarketingSaaS:ApprovalReminderAlreadySent");
    }

    [Fact]
    public async Task The_next_day_the_requester_may_remind_again()
    {
        var s = await ApprovalEngineScenario.CreateAsync(fixture);
        var id = (await s.SubmitAsync(ApprovalEngineScenario.Request(Guid.NewGuid().ToString("N")))).Id();
        (await s["researcher"].PostAsync($"{ApprovalEngineScenario.Url}/{id}/remind", null)).EnsureSuccessStatusCode();

        fixture.Factory.Clock.Advance(TimeSpan.FromDays(1));
        // A day later the sign-in has expired: sign in again.
        var researcher = await s.Session.SignInAsync("researcher", TestAccounts.UserPassword);
        var nextDay = await researcher.PostAsync($"{ApprovalEngineScenario.Url}/{id}/remind", null);

        nextDay.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Only_the_requester_reminds_and_only_a_pending_request()
    {
        var s = await ApprovalEngineScenario.CreateAsync(fixture);
        var id = (await s.SubmitAsync(ApprovalEngineScenario.Request(Guid.NewGuid().ToString("N")))).Id();
        var byApprover = await s["director"].PostAsync($"{ApprovalEngineScenario.Url}/{id}/remind", null);
        (await s.ActAsync("director", id, "approve")).EnsureSuccessStatusCode();

        var afterApproval = await s["researcher"].PostAsync($"{ApprovalEngineScenario.Url}/{id}/remind", null);

        (byApprover.StatusCode, (await afterApproval.ReadProblemAsync((HttpStatusCode)422)).GetProperty("code").GetString())
            .ShouldBe((HttpStatusCode.Forbidden, "MarketingSaaS:ApprovalRequestNotPending"));
    }
}

public sealed class ApprovalReminderTestsOnSqlite(SqliteApprovalEngineFixture fixture) : ApprovalReminderTests(fixture), IClassFixture<SqliteApprovalEngineFixture>;

public sealed class ApprovalReminderTestsOnPostgreSql(PostgreSqlApprovalEngineFixture fixture) : ApprovalReminderTests(fixture), IClassFixture<PostgreSqlApprovalEngineFixture>;
