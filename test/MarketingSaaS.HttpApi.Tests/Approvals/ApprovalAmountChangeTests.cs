using System.Net;
using System.Text.Json;
using MarketingSaaS.Approvals;
using MarketingSaaS.TestBase.Clients;
using MarketingSaaS.TestBase.Hosting;
using Shouldly;
using Xunit;

namespace MarketingSaaS.HttpApi.Tests.Approvals;

/// <summary>Changing the amount of a pending or approved request re-routes it; an approved one is reopened and its module told.</summary>
public abstract class ApprovalAmountChangeTests(ApiFixture fixture, RecordedOutcomes outcomes)
{
    [Fact]
    public async Task A_pending_request_is_rerouted_and_earlier_decisions_no_longer_count()
    {
        var s = await ApprovalEngineScenario.CreateAsync(fixture);
        var request = await s.SubmitAsync(ApprovalEngineScenario.Request(NewSubject(), 60_000m));
        var id = request.Id();
        (await s.ActAsync("director", id, "approve")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var changed = await ChangeAsync(s, id, 30_000m, await StampAsync(s, id));

        changed.StatusCode.ShouldBe(HttpStatusCode.OK, await changed.Content.ReadAsStringAsync());
        var details = await changed.ReadAsAsync<JsonElement>();
        ApprovalEngineScenario.Status(details).ShouldBe("Pending");
        ApprovalEngineScenario.Stages(details).ShouldBe([[s.User("director")]]);
        details.GetProperty("stages")[0].GetProperty("approvers")[0].GetProperty("state").GetString().ShouldBe("Pending");
        ApprovalEngineScenario.Log(details).ShouldBe(["Submitted", "Approved", "AmountChanged"]);
        var line = details.GetProperty("log")[2];
        line.GetProperty("previousAmount").GetDecimal().ShouldBe(60_000m);
        line.GetProperty("amount").GetDecimal().ShouldBe(30_000m);
        line.GetProperty("userId").GetGuid().ShouldBe(s.User("researcher"));
        (await s.ListAsync("director", "waiting-for-me")).ShouldBe([id]);
        (await s.ListAsync("vp", "waiting-for-me")).ShouldBeEmpty();
    }

    [Fact]
    public async Task An_approved_request_crossing_the_50000_boundary_is_reopened_with_the_vp_stage()
    {
        var s = await ApprovalEngineScenario.CreateAsync(fixture);
        var subject = NewSubject();
        var id = (await s.SubmitAsync(ApprovalEngineScenario.Request(subject, 30_000m))).Id();
        (await s.ActAsync("director", id, "approve")).StatusCode.ShouldBe(HttpStatusCode.OK);
        ApprovalEngineScenario.Status(await s.GetAsync("researcher", id)).ShouldBe("Approved");

        var changed = await ChangeAsync(s, id, 80_000m, await StampAsync(s, id));

        changed.StatusCode.ShouldBe(HttpStatusCode.OK, await changed.Content.ReadAsStringAsync());
        var details = await changed.ReadAsAsync<JsonElement>();
        ApprovalEngineScenario.Status(details).ShouldBe("Pending");
        ApprovalEngineScenario.Stages(details).ShouldBe([[s.User("director")], [s.User("vp")]]);
        var heard = outcomes.For(subject);
        heard.Count.ShouldBe(2);
        heard[0].Status.ShouldBe(ApprovalRequestStatus.Approved);
        heard[1].Reopened.ShouldBeTrue();
        heard[1].Status.ShouldBe(ApprovalRequestStatus.Pending);
        heard[1].Amount.ShouldBe(80_000m);
        (await s.ActAsync("director", id, "approve")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await s.ActAsync("vp", id, "approve")).StatusCode.ShouldBe(HttpStatusCode.OK);
        ApprovalEngineScenario.Log(await s.GetAsync("vp", id)).ShouldBe(["Submitted", "Approved", "AmountChanged", "Approved", "Approved"]);
        outcomes.For(subject).Count.ShouldBe(3);
    }

    [Fact]
    public async Task Bad_amount_changes_are_refused_with_4xx()
    {
        var s = await ApprovalEngineScenario.CreateAsync(fixture);
        var request = await s.SubmitAsync(ApprovalEngineScenario.Request(NewSubject(), 30_000m));
        var id = request.Id();
        var stamp = request.GetProperty("concurrencyStamp").GetString();
        var rejected = (await s.SubmitAsync(ApprovalEngineScenario.Request(NewSubject(), 30_000m))).Id();
        (await s.ActAsync("director", rejected, "reject", "No")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var same = await ChangeAsync(s, id, 30_000m, stamp);
        var negative = await ChangeAsync(s, id, -5m, stamp);
        var noStamp = await s["researcher"].PostAsync($"{ApprovalEngineScenario.Url}/{id}/amount", new { amount = 10m });
        var byApprover = await s["director"].PostAsync($"{ApprovalEngineScenario.Url}/{id}/amount", new { amount = 10m, concurrencyStamp = stamp });
        var ended = await ChangeAsync(s, rejected, 10m, await StampAsync(s, rejected));
        var stale = await ChangeAsync(s, id, 10m, "stale");
        var unknown = await ChangeAsync(s, Guid.NewGuid(), 10m, stamp);

        (await same.CodeAsync((HttpStatusCode)422)).ShouldBe("MarketingSaaS:ApprovalAmountUnchanged");
        (await negative.ReadProblemAsync(HttpStatusCode.BadRequest)).GetRawText().ShouldContain("amount", Case.Insensitive);
        (await noStamp.ReadProblemAsync(HttpStatusCode.BadRequest)).GetRawText().ShouldContain("concurrencyStamp", Case.Insensitive);
        byApprover.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await ended.CodeAsync((HttpStatusCode)422)).ShouldBe("MarketingSaaS:ApprovalAmountChangeNotAllowed");
        stale.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        unknown.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var unchanged = await s.GetAsync("researcher", id);
        unchanged.GetProperty("request").GetProperty("amount").GetDecimal().ShouldBe(30_000m);
        ApprovalEngineScenario.Log(unchanged).ShouldBe(["Submitted"]);
    }

    private static Task<HttpResponseMessage> ChangeAsync(ApprovalEngineScenario s, Guid id, decimal amount, string? stamp) =>
        s["researcher"].PostAsync($"{ApprovalEngineScenario.Url}/{id}/amount", new { amount, concurrencyStamp = stamp });

    private static async Task<string> StampAsync(ApprovalEngineScenario s, Guid id) =>
        (await s.GetAsync("researcher", id)).GetProperty("request").GetProperty("concurrencyStamp").GetString()!;

    private static string NewSubject() => Guid.NewGuid().ToString("N");
}

public sealed class ApprovalAmountChangeTestsOnSqlite(SqliteApprovalEngineFixture fixture)
    : ApprovalAmountChangeTests(fixture, fixture.Outcomes), IClassFixture<SqliteApprovalEngineFixture>;

public sealed class ApprovalAmountChangeTestsOnPostgreSql(PostgreSqlApprovalEngineFixture fixture)
    : ApprovalAmountChangeTests(fixture, fixture.Outcomes), IClassFixture<PostgreSqlApprovalEngineFixture>;
