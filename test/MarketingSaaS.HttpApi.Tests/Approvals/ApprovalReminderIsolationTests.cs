using System.Net;
using MarketingSaaS.HttpApi.Tests.OrgChart;
using MarketingSaaS.TestBase.Clients;
using MarketingSaaS.TestBase.Hosting;
using Shouldly;
using Xunit;

namespace MarketingSaaS.HttpApi.Tests.Approvals;

/// <summary>Another company can neither remind about a request nor use up its daily reminder (ApprovalStages.RequesterRemindedOn).</summary>
public abstract class ApprovalReminderIsolationTests(ApiFixture fixture)
{
    [Fact]
    public async Task Another_company_gets_404_and_the_owner_can_still_remind()
    {
        var a = await ApprovalEngineScenario.CreateAsync(fixture);
        var b = await ApprovalEngineScenario.CreateAsync(fixture);
        var id = (await a.SubmitAsync(ApprovalEngineScenario.Request(Guid.NewGuid().ToString("N")))).Id();

        var foreign = await b["researcher"].PostAsync($"{ApprovalEngineScenario.Url}/{id}/remind", null);
        var own = await a["researcher"].PostAsync($"{ApprovalEngineScenario.Url}/{id}/remind", null);

        (foreign.StatusCode, own.StatusCode).ShouldBe((HttpStatusCode.NotFound, HttpStatusCode.OK));
    }
}

public sealed class ApprovalReminderIsolationTestsOnSqlite(SqliteApprovalEngineFixture fixture) : ApprovalReminderIsolationTests(fixture), IClassFixture<SqliteApprovalEngineFixture>;

public sealed class ApprovalReminderIsolationTestsOnPostgreSql(PostgreSqlApprovalEngineFixture fixture) : ApprovalReminderIsolationTests(fixture), IClassFixture<PostgreSqlApprovalEngineFixture>;
