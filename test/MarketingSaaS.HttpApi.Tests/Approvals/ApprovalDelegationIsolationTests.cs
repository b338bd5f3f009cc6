using System.Net;
using System.Text.Json;
using MarketingSaaS.TestBase.Clients;
using MarketingSaaS.TestBase.Hosting;
using Shouldly;
using Xunit;

namespace MarketingSaaS.HttpApi.Tests.Approvals;

/// <summary>Another company can neither list, read, change nor revoke an ApprovalDelegation, nor delegate to its users.</summary>
public abstract class ApprovalDelegationIsolationTests(ApiFixture fixture)
{
    private const string Url = ApprovalDelegationClient.Url;

    [Fact]
    public async Task Another_company_cannot_list_get_update_or_revoke_a_delegation()
    {
        var a = await ApprovalEngineScenario.CreateAsync(fixture);
        var b = await ApprovalEngineScenario.CreateAsync(fixture);
        var now = fixture.Factory.Clock.GetUtcNow();
        var delegation = await a.DelegateOkAsync("director", "vp", now, now.AddDays(1));
        var id = delegation.Id();

        (await b.Session.Admin.GetJsonAsync<JsonElement[]>($"{Url}?view=all")).ShouldBeEmpty();
        foreach (var client in new[] { b.Session.Admin, b["director"], b["vp"] })
        {
            (await client.GetJsonAsync<JsonElement[]>(Url)).ShouldBeEmpty();
            (await client.GetAsync($"{Url}/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
            (await client.PutAsync($"{Url}/{id}", new { from = now, until = now.AddDays(5), reason = "hijack" })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
            (await client.PostAsync($"{Url}/{id}/revoke", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        }

        var toForeignUser = await b.Session.Admin.PostAsync(Url, new { delegatorUserId = b.User("director"), delegateUserId = a.User("vp"), from = now, until = now.AddDays(1) });
        (await toForeignUser.CodeAsync((HttpStatusCode)422)).ShouldBe("MarketingSaaS:ApprovalDelegateNotActive");
        var foreignDelegator = await b.Session.Admin.PostAsync(Url, new { delegatorUserId = a.User("director"), delegateUserId = b.User("vp"), from = now, until = now.AddDays(1) });
        (await foreignDelegator.CodeAsync((HttpStatusCode)422)).ShouldBe("MarketingSaaS:UnknownApprovalDelegator");

        var original = await a["vp"].GetJsonAsync<JsonElement>($"{Url}/{id}");
        original.GetProperty("isRevoked").GetBoolean().ShouldBeFalse();
        original.GetProperty("until").GetDateTimeOffset().ShouldBe(now.AddDays(1), TimeSpan.FromMilliseconds(1));
    }

    [Fact]
    public async Task A_delegation_does_not_reach_requests_of_another_company()
    {
        var a = await ApprovalEngineScenario.CreateAsync(fixture);
        var b = await ApprovalEngineScenario.CreateAsync(fixture);
        var now = fixture.Factory.Clock.GetUtcNow();
        await a.DelegateOkAsync("director", "finance", now, now.AddDays(1));
        var bRequest = (await b.SubmitAsync(ApprovalEngineScenario.Request(Guid.NewGuid().ToString("N")))).Id();

        (await a.ListAsync("finance", "waiting-for-me")).ShouldBeEmpty();
        (await a.ActAsync("finance", bRequest, "approve")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await b.ListAsync("finance", "waiting-for-me")).ShouldBeEmpty();
        ApprovalEngineScenario.Status(await b.GetAsync("researcher", bRequest)).ShouldBe("Pending");
    }
}

public sealed class ApprovalDelegationIsolationTestsOnSqlite(SqliteApprovalEngineFixture fixture)
    : ApprovalDelegationIsolationTests(fixture), IClassFixture<SqliteApprovalEngineFixture>;

public sealed class ApprovalDelegationIsolationTestsOnPostgreSql(PostgreSqlApprovalEngineFixture fixture)
    : ApprovalDelegationIsolationTests(fixture), IClassFixture<PostgreSqlApprovalEngineFixture>;
