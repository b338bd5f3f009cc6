using System.Net;
using System.Text.Json;
using MarketingSaaS.TestBase.Clients;
using MarketingSaaS.TestBase.Hosting;
using MarketingSaaS.TestBase.Timing;
using Shouldly;
using Xunit;

namespace MarketingSaaS.HttpApi.Tests.Approvals;

/// <summary>Delegations: windows evaluated at decision time, chains, cycles, revocation, the log and the inbox.</summary>
public abstract class ApprovalDelegationApiTests(ApiFixture fixture)
{
    private const string Url = ApprovalDelegationClient.Url;

    [Fact]
    public async Task A_delegation_counts_from_its_start_until_just_before_its_end()
    {
        var s = await ApprovalEngineScenario.CreateAsync(fixture);
        // Minutes, not hours: bearer tokens expire on the same test clock.
        var from = ApprovalDelegationClient.WholeSecond(Clock.GetUtcNow()).AddMinutes(10);
        var until = from.AddMinutes(20);
        await s.DelegateOkAsync("director", "finance", from, until);
        var id = (await s.SubmitAsync(ApprovalEngineScenario.Request(NewSubject()))).Id();

        MoveTo(from.AddMilliseconds(-1));
        (await s.ListAsync("finance", "waiting-for-me")).ShouldBeEmpty();
        (await s.ActAsync("finance", id, "approve")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await s["finance"].GetAsync($"{ApprovalEngineScenario.Url}/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        MoveTo(from);
        (await s.ListAsync("finance", "waiting-for-me")).ShouldBe([id]);
        (await s["finance"].GetAsync($"{ApprovalEngineScenario.Url}/{id}")).StatusCode.ShouldBe(HttpStatusCode.OK);

        MoveTo(until);
        (await s.ListAsync("finance", "waiting-for-me")).ShouldBeEmpty();
        (await s.ActAsync("finance", id, "approve")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        ApprovalEngineScenario.Status(await s.GetAsync("researcher", id)).ShouldBe("Pending");
        (await s.ListAsync("director", "waiting-for-me")).ShouldBe([id]);
    }

    [Fact]
    public async Task A_delegate_decides_for_the_approver_and_the_log_names_both()
    {
        var s = await ApprovalEngineScenario.CreateAsync(fixture);
        var now = Clock.GetUtcNow();
        await s.DelegateOkAsync("director", "finance", now, now.AddDays(1));
        var delegated = (await s.SubmitAsync(ApprovalEngineScenario.Request(NewSubject()))).Id();
        var ownDecision = (await s.SubmitAsync(ApprovalEngineScenario.Request(NewSubject()))).Id();

        (await s.ActAsync("finance", delegated, "approve", "For the director")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await s.ActAsync("director", ownDecision, "approve")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var details = await s.GetAsync("director", delegated);
        ApprovalEngineScenario.Status(details).ShouldBe("Approved");
        var line = details.GetProperty("log")[1];
        line.GetProperty("userId").GetGuid().ShouldBe(s.User("finance"));
        line.GetProperty("userName").GetString().ShouldBe("Name of finance");
        line.GetProperty("onBehalfOfUserId").GetGuid().ShouldBe(s.User("director"));
        line.GetProperty("onBehalfOfUserName").GetString().ShouldBe("Name of director");
        details.GetProperty("stages")[0].GetProperty("approvers")[0].GetProperty("state").GetString().ShouldBe("Approved");
        (await s.ActAsync("director", delegated, "approve")).StatusCode.ShouldBe((HttpStatusCode)422);
        var own = await s.GetAsync("director", ownDecision);
        ApprovalEngineScenario.Status(own).ShouldBe("Approved");
        own.GetProperty("log")[1].GetProperty("onBehalfOfUserId").ValueKind.ShouldBe(JsonValueKind.Null);
        (await s.ListAsync("finance", "decided-by-me")).ShouldBe([delegated]);
    }

    [Fact]
    public async Task Chains_of_delegations_are_followed()
    {
        var s = await ApprovalEngineScenario.CreateAsync(fixture);
        var now = Clock.GetUtcNow();
        await s.DelegateOkAsync("director", "vp", now, now.AddDays(1));
        await s.DelegateOkAsync("vp", "gm", now, now.AddDays(1));
        var id = (await s.SubmitAsync(ApprovalEngineScenario.Request(NewSubject()))).Id();

        (await s.ListAsync("gm", "waiting-for-me")).ShouldBe([id]);
        (await s.ListAsync("vp", "waiting-for-me")).ShouldBe([id]);
        (await s.ListAsync("finance", "waiting-for-me")).ShouldBeEmpty();
        (await s.ActAsync("gm", id, "approve")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var line = (await s.GetAsync("gm", id)).GetProperty("log")[1];
        line.GetProperty("userId").GetGuid().ShouldBe(s.User("gm"));
        line.GetProperty("onBehalfOfUserId").GetGuid().ShouldBe(s.User("director"));
    }

    [Fact]
    public async Task A_delegation_closing_a_cycle_in_an_overlapping_window_is_refused()
    {
        var s = await ApprovalEngineScenario.CreateAsync(fixture);
        var t0 = ApprovalDelegationClient.WholeSecond(Clock.GetUtcNow()).AddHours(1);
        var t1 = t0.AddDays(1);
        var t2 = t1.AddDays(1);
        await s.DelegateOkAsync("director", "vp", t0, t2);
        await s.DelegateOkAsync("vp", "gm", t0, t1);

        var cycle = await s.DelegateAsync("gm", "director", t1.AddHours(-1), t2);
        var direct = await s.DelegateAsync("vp", "director", t0, t1);
        (await cycle.CodeAsync((HttpStatusCode)422)).ShouldBe("MarketingSaaS:ApprovalDelegationCycle");
        (await direct.CodeAsync((HttpStatusCode)422)).ShouldBe("MarketingSaaS:ApprovalDelegationCycle");

        // The chain director→vp→gm only exists before t1: gm→director from t1 on closes no cycle.
        (await s.DelegateAsync("gm", "director", t1, t2)).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await s["gm"].GetJsonAsync<JsonElement[]>(Url)).Length.ShouldBe(2);
    }

    [Fact]
    public async Task Bad_delegations_are_refused_with_4xx()
    {
        var s = await ApprovalEngineScenario.CreateAsync(fixture);
        var now = Clock.GetUtcNow();

        var self = await s.DelegateAsync("director", "director", now, now.AddDays(1));
        var backwards = await s.DelegateAsync("director", "vp", now.AddDays(1), now);
        var past = await s.DelegateAsync("director", "vp", now.AddDays(-2), now.AddDays(-1));
        var unknown = await s["director"].PostAsync(Url, new { delegateUserId = Guid.NewGuid(), from = now, until = now.AddDays(1) });
        var missing = await s["director"].PostAsync(Url, new { from = now, until = now.AddDays(1) });
        var garbage = await s["director"].PostAsync(Url, new { delegateUserId = "nobody", from = "yesterday" });
        var longReason = await s["director"].PostAsync(Url, new { delegateUserId = s.User("vp"), from = now, until = now.AddDays(1), reason = new string('x', 600) });
        var forOthers = await s["director"].PostAsync(Url, new { delegatorUserId = s.User("vp"), delegateUserId = s.User("gm"), from = now, until = now.AddDays(1) });
        var badView = await s["director"].GetAsync($"{Url}?view=everything");
        var allView = await s["director"].GetAsync($"{Url}?view=all");

        (await self.CodeAsync((HttpStatusCode)422)).ShouldBe("MarketingSaaS:SelfApprovalDelegation");
        (await backwards.ReadProblemAsync(HttpStatusCode.BadRequest)).GetRawText().ShouldContain("until");
        (await past.ReadProblemAsync(HttpStatusCode.BadRequest)).GetRawText().ShouldContain("until");
        (await unknown.CodeAsync((HttpStatusCode)422)).ShouldBe("MarketingSaaS:ApprovalDelegateNotActive");
        (await missing.ReadProblemAsync(HttpStatusCode.BadRequest)).GetRawText().ShouldContain("delegateUserId", Case.Insensitive);
        garbage.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await longReason.ReadProblemAsync(HttpStatusCode.BadRequest)).GetRawText().ShouldContain("reason", Case.Insensitive);
        forOthers.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        badView.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        allView.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await s["director"].GetJsonAsync<JsonElement[]>(Url)).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_revoked_delegation_no_longer_works_and_only_the_delegator_revokes()
    {
        var s = await ApprovalEngineScenario.CreateAsync(fixture);
        var now = Clock.GetUtcNow();
        var delegation = await s.DelegateOkAsync("director", "finance", now, now.AddDays(1));
        var id = (await s.SubmitAsync(ApprovalEngineScenario.Request(NewSubject()))).Id();
        (await s.ListAsync("finance", "waiting-for-me")).ShouldBe([id]);

        var byDelegate = await s["finance"].PostAsync($"{Url}/{delegation.Id()}/revoke", null);
        var byStranger = await s["gm"].PostAsync($"{Url}/{delegation.Id()}/revoke", null);
        (await byDelegate.CodeAsync(HttpStatusCode.Forbidden)).ShouldBe("MarketingSaaS:NotTheApprovalDelegator");
        byStranger.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await s["director"].PostAsync($"{Url}/{delegation.Id()}/revoke", null)).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await s.ListAsync("finance", "waiting-for-me")).ShouldBeEmpty();
        (await s.ActAsync("finance", id, "approve")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await (await s["director"].PostAsync($"{Url}/{delegation.Id()}/revoke", null)).CodeAsync((HttpStatusCode)422)).ShouldBe("MarketingSaaS:ApprovalDelegationRevoked");
        var received = (await s["finance"].GetJsonAsync<JsonElement[]>(Url)).ShouldHaveSingleItem();
        received.GetProperty("isRevoked").GetBoolean().ShouldBeTrue();
        received.GetProperty("isActive").GetBoolean().ShouldBeFalse();
        received.GetProperty("delegatorName").GetString().ShouldBe("Name of director");
    }

    [Fact]
    public async Task The_requester_never_decides_their_own_request_also_not_as_a_delegate()
    {
        var s = await ApprovalEngineScenario.CreateAsync(fixture);
        var now = Clock.GetUtcNow();
        await s.DelegateOkAsync("director", "researcher", now, now.AddDays(1));
        var id = (await s.SubmitAsync(ApprovalEngineScenario.Request(NewSubject()))).Id();

        var approve = await s.ActAsync("researcher", id, "approve");
        var explicitly = await s["researcher"].PostAsync($"{ApprovalEngineScenario.Url}/{id}/approve", new { onBehalfOfUserId = s.User("director") });

        (await approve.CodeAsync(HttpStatusCode.Forbidden)).ShouldBe("MarketingSaaS:RequesterCannotDecide");
        (await explicitly.CodeAsync(HttpStatusCode.Forbidden)).ShouldBe("MarketingSaaS:RequesterCannotDecide");
        (await s.ListAsync("researcher", "waiting-for-me")).ShouldBeEmpty();
        ApprovalEngineScenario.Status(await s.GetAsync("researcher", id)).ShouldBe("Pending");
        var notMine = await s["gm"].PostAsync($"{ApprovalEngineScenario.Url}/{id}/approve", new { onBehalfOfUserId = s.User("director") });
        (await notMine.CodeAsync(HttpStatusCode.Forbidden)).ShouldBe("MarketingSaaS:NotAnApprovalDelegate");
    }

    [Fact]
    public async Task A_tenant_admin_manages_everyones_delegations()
    {
        var s = await ApprovalEngineScenario.CreateAsync(fixture);
        var now = Clock.GetUtcNow();

        var created = await s.Session.Admin.PostAsync(Url, new { delegatorUserId = s.User("director"), delegateUserId = s.User("vp"), from = now, until = now.AddDays(2) });
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var delegation = await created.ReadAsAsync<JsonElement>();

        (await s.Session.Admin.GetJsonAsync<JsonElement[]>($"{Url}?view=all")).Select(d => d.Id()).ShouldBe([delegation.Id()]);
        (await s["director"].GetJsonAsync<JsonElement[]>(Url)).Select(d => d.Id()).ShouldBe([delegation.Id()]);
        (await s["gm"].GetJsonAsync<JsonElement[]>(Url)).ShouldBeEmpty();
        var changed = await s.Session.Admin.PutAsync($"{Url}/{delegation.Id()}", new
        {
            from = now, until = now.AddDays(1), reason = "Shorter", concurrencyStamp = delegation.GetProperty("concurrencyStamp").GetString(),
        });
        changed.StatusCode.ShouldBe(HttpStatusCode.OK, await changed.Content.ReadAsStringAsync());
        var stale = await s["director"].PutAsync($"{Url}/{delegation.Id()}", new { from = now, until = now.AddDays(3), concurrencyStamp = delegation.GetProperty("concurrencyStamp").GetString() });
        stale.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var read = await s["vp"].GetJsonAsync<JsonElement>($"{Url}/{delegation.Id()}");
        read.GetProperty("reason").GetString().ShouldBe("Shorter");
        read.GetProperty("until").GetDateTimeOffset().ShouldBe(now.AddDays(1), TimeSpan.FromMilliseconds(1));
        (await s.Session.Admin.PostAsync($"{Url}/{delegation.Id()}/revoke", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    private TestClock Clock => fixture.Factory.Clock;

    private void MoveTo(DateTimeOffset instant) => Clock.Advance(instant - Clock.GetUtcNow());

    private static string NewSubject() => Guid.NewGuid().ToString("N");
}

public sealed class ApprovalDelegationApiTestsOnSqlite(SqliteApprovalEngineFixture fixture)
    : ApprovalDelegationApiTests(fixture), IClassFixture<SqliteApprovalEngineFixture>;

public sealed class ApprovalDelegationApiTestsOnPostgreSql(PostgreSqlApprovalEngineFixture fixture)
    : ApprovalDelegationApiTests(fixture), IClassFixture<PostgreSqlApprovalEngineFixture>;
