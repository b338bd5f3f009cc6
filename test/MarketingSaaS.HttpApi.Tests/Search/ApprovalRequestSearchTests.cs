using System.Text.Json;
using MarketingSaaS.HttpApi.Tests.Approvals;
using MarketingSaaS.TestBase.Clients;
using MarketingSaaS.TestBase.Hosting;
using Shouldly;
using Xunit;

namespace MarketingSaaS.HttpApi.Tests.Search;

/// <summary>
/// Approval requests are found by their title by the people the request involves (as the request page shows it to them:
/// an approver needs no permission), by nobody else.
/// </summary>
public abstract class ApprovalRequestSearchTests(ApiFixture fixture)
{
    private const string Kind = "Approvals.Request";

    [Fact]
    public async Task The_requester_and_an_approver_without_permissions_find_a_request_by_its_title_others_and_other_companies_do_not()
    {
        var s = await ApprovalEngineScenario.CreateAsync(fixture);
        var subject = Guid.NewGuid().ToString("N");
        var id = (await s.SubmitAsync(ApprovalEngineScenario.Request(subject, 30_000m))).Id();
        var title = "Spring fair " + subject;
        var other = await ApprovalEngineScenario.CreateAsync(fixture);

        var found = (await s["researcher"].GetJsonAsync<JsonElement[]>("/api/search?q=SPRING%20fair")).Single();
        found.GetProperty("url").GetString().ShouldBe($"/approvals/requests/{id}");
        (await s["director"].SearchTitlesAsync("spring fair", Kind)).ShouldBe([title]);
        (await s["finance"].SearchTitlesAsync("spring fair", Kind)).ShouldBeEmpty();
        (await other["researcher"].SearchTitlesAsync("spring fair", Kind)).ShouldBeEmpty();
    }
}

public sealed class ApprovalRequestSearchTestsOnSqlite(SqliteApprovalEngineFixture fixture)
    : ApprovalRequestSearchTests(fixture), IClassFixture<SqliteApprovalEngineFixture>;

public sealed class ApprovalRequestSearchTestsOnPostgreSql(PostgreSqlApprovalEngineFixture fixture)
    : ApprovalRequestSearchTests(fixture), IClassFixture<PostgreSqlApprovalEngineFixture>;
