using System.Net;
using System.Text.Json;
using MarketingSaaS.TestBase.Clients;
using MarketingSaaS.TestBase.Hosting;
using Shouldly;
using Xunit;
using static MarketingSaaS.Membership.Tests.MembershipRequests;

namespace MarketingSaaS.Membership.Tests.Isolation;

/// <summary>MembersApi, their purchases, refunds and points: another company can neither list, read, change nor delete them.</summary>
public abstract class MemberIsolationTests(ApiFixture fixture)
{
    [Fact]
    public async Task Another_company_lists_none_of_them()
    {
        var (_, b, _, _) = await TwoCompaniesAndAMemberAsync();

        (await b.Admin.GetJsonAsync<JsonElement>(MembersApi)).GetProperty("totalCount").GetInt64().ShouldBe(0);
    }

    [Fact]
    public async Task Another_company_cannot_read_one()
    {
        var (_, b, member, _) = await TwoCompaniesAndAMemberAsync();

        (await b.Admin.GetAsync($"{MembersApi}/{member.Id()}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Another_company_cannot_change_one()
    {
        var (a, b, member, _) = await TwoCompaniesAndAMemberAsync();

        (await b.Admin.PutAsync($"{MembersApi}/{member.Id()}", new { kind = "Person", name = "Taken", concurrencyStamp = member.GetProperty("concurrencyStamp").GetString() }))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await a.Admin.GetJsonAsync<JsonElement>($"{MembersApi}/{member.Id()}")).GetProperty("name").GetString().ShouldBe("A's member");
    }

    [Fact]
    public async Task Another_company_cannot_delete_one()
    {
        var (a, b, member, _) = await TwoCompaniesAndAMemberAsync();

        (await b.Admin.DeleteAsync($"{MembersApi}/{member.Id()}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await a.Admin.GetAsync($"{MembersApi}/{member.Id()}")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Another_company_neither_reads_nor_records_purchases_refunds_or_points()
    {
        var (a, b, member, purchase) = await TwoCompaniesAndAMemberAsync();
        var id = member.Id();

        (await b.Admin.GetAsync($"{MembersApi}/{id}/purchases")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await b.Admin.PostAsync($"{MembersApi}/{id}/purchases", new { purchasedAt = fixture.Factory.Clock.GetUtcNow(), amount = 10m })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await b.Admin.GetAsync($"{MembersApi}/{id}/purchases/{purchase.Id()}/refunds")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await b.Admin.RefundAsync(id, purchase.Id(), 10m)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await b.Admin.GetAsync($"{MembersApi}/{id}/points")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await b.Admin.RedeemAsync(id, 1)).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        (await a.Admin.GetJsonAsync<JsonElement>($"{MembersApi}/{id}/purchases")).GetProperty("totalCount").GetInt64().ShouldBe(1);
        (await a.Admin.BalanceAsync(id)).ShouldBe(10);
    }

    [Fact]
    public async Task Another_company_finds_no_MemberTag_Refund_or_PointsEntry_of_this_one()
    {
        var a = await fixture.SignUpWithMembershipAsync();
        var b = await fixture.SignUpWithMembershipAsync();
        var member = await a.Admin.CreateMemberAsync("Tagged", tags: ["vip"]);
        var purchase = await a.Admin.RecordPurchaseAsync(member.Id(), 100m, fixture.Factory.Clock.GetUtcNow().AddDays(-1));
        (await a.Admin.RefundAsync(member.Id(), purchase.Id(), 50m)).StatusCode.ShouldBe(HttpStatusCode.Created);
        await b.Admin.CreateMemberAsync("B's own", tags: ["other"]);

        Names(await b.Admin.GetJsonAsync<JsonElement>($"{MembersApi}?tag=vip")).ShouldBeEmpty();
        (await b.Admin.GetAsync($"{MembersApi}/{member.Id()}/purchases/{purchase.Id()}/refunds")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await b.Admin.GetAsync($"{MembersApi}/{member.Id()}/points")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        Names(await a.Admin.GetJsonAsync<JsonElement>($"{MembersApi}?tag=vip")).ShouldBe(["Tagged"]);
        (await a.Admin.GetJsonAsync<JsonElement>($"{MembersApi}/{member.Id()}/purchases/{purchase.Id()}/refunds")).GetArrayLength().ShouldBe(1);
    }

    [Fact]
    public async Task A_purchase_of_another_member_is_not_found_under_this_one()
    {
        var (a, _, member, purchase) = await TwoCompaniesAndAMemberAsync();
        var other = await a.Admin.CreateMemberAsync("Other member");

        (await a.Admin.RefundAsync(other.Id(), purchase.Id(), 1m)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await a.Admin.GetAsync($"{MembersApi}/{other.Id()}/purchases/{purchase.Id()}/refunds")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await a.Admin.BalanceAsync(member.Id())).ShouldBe(10);
    }

    private async Task<(TenantSession A, TenantSession B, JsonElement Member, JsonElement Purchase)> TwoCompaniesAndAMemberAsync()
    {
        var a = await fixture.SignUpWithMembershipAsync();
        var b = await fixture.SignUpWithMembershipAsync();
        var member = await a.Admin.CreateMemberAsync("A's member", "13812345678");
        var purchase = await a.Admin.RecordPurchaseAsync(member.Id(), 100m, fixture.Factory.Clock.GetUtcNow().AddDays(-1));
        return (a, b, member, purchase);
    }
}

public sealed class MemberIsolationTestsOnSqlite(SqliteApiFixture fixture) : MemberIsolationTests(fixture), IClassFixture<SqliteApiFixture>;

public sealed class MemberIsolationTestsOnPostgreSql(PostgreSqlApiFixture fixture) : MemberIsolationTests(fixture), IClassFixture<PostgreSqlApiFixture>;
