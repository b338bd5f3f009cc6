using System.Net;
using MarketingSaaS.HttpApi.Tests.Budgets;
using MarketingSaaS.HttpApi.Tests.Identity;
using MarketingSaaS.TestBase.Clients;
using MarketingSaaS.TestBase.Hosting;
using Shouldly;
using Xunit;

namespace MarketingSaaS.HttpApi.Tests.Approvals;

/// <summary>Issue 20, defect 6: a chain of delegations is bounded by the setting Approvals.MaxDelegationChainLength (default 5).</summary>
public abstract class ApprovalDelegationChainLimitTests(ApiFixture fixture)
{
    [Fact]
    public async Task A_delegation_joining_two_chains_beyond_the_limit_is_refused()
    {
        var s = await ApprovalEngineScenario.CreateAsync(fixture);
        await s.Session.Admin.SetSettingAsync("Approvals.MaxDelegationChainLength", "2");
        var now = fixture.Factory.Clock.GetUtcNow();
        await s.DelegateOkAsync("director", "vp", now, now.AddDays(1));
        await s.DelegateOkAsync("gm", "finance", now, now.AddDays(1));

        var code = await (await s.DelegateAsync("vp", "gm", now, now.AddDays(1))).CodeAsync((HttpStatusCode)422);

        code.ShouldBe("MarketingSaaS:ApprovalDelegationChainTooLong");
    }

    [Fact]
    public async Task Chains_that_never_run_at_the_same_time_do_not_add_up()
    {
        var s = await ApprovalEngineScenario.CreateAsync(fixture);
        await s.Session.Admin.SetSettingAsync("Approvals.MaxDelegationChainLength", "1");
        var now = fixture.Factory.Clock.GetUtcNow();
        await s.DelegateOkAsync("director", "vp", now, now.AddDays(1));

        var response = await s.DelegateAsync("vp", "gm", now.AddDays(1), now.AddDays(2));

        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_default_limit_is_five_delegations()
    {
        var s = await ApprovalEngineScenario.CreateAsync(fixture);
        var now = fixture.Factory.Clock.GetUtcNow();
        var sixth = await s.Session.CreateUserAsync("sixth");
        var seventh = await s.Session.CreateUserAsync("seventh");
        var chain = new[] { s.User("researcher"), s.User("director"), s.User("vp"), s.User("gm"), s.User("finance"), sixth.Id(), seventh.Id() };
        for (var i = 0; i < 5; i++)
        {
            var created = await s.Session.Admin.PostAsync(ApprovalDelegationClient.Url, new { delegatorUserId = chain[i], delegateUserId = chain[i + 1], from = now, until = now.AddDays(1) });
            created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        }

        var code = await (await s.Session.Admin.PostAsync(ApprovalDelegationClient.Url, new { delegatorUserId = chain[5], delegateUserId = chain[6], from = now, until = now.AddDays(1) }))
            .CodeAsync((HttpStatusCode)422);

        code.ShouldBe("MarketingSaaS:ApprovalDelegationChainTooLong");
    }
}

public sealed class ApprovalDelegationChainLimitTestsOnSqlite(SqliteApprovalEngineFixture fixture)
    : ApprovalDelegationChainLimitTests(fixture), IClassFixture<SqliteApprovalEngineFixture>;

public sealed class ApprovalDelegationChainLimitTestsOnPostgreSql(PostgreSqlApprovalEngineFixture fixture)
    : ApprovalDelegationChainLimitTests(fixture), IClassFixture<PostgreSqlApprovalEngineFixture>;
