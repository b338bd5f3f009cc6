using System.Net;
using System.Text.Json;
using MarketingSaaS.TestBase.Clients;
using MarketingSaaS.TestBase.Hosting;
using Shouldly;
using Xunit;

namespace MarketingSaaS.Membership.Tests.Isolation;

/// <summary>MembershipItem: another company can neither list, read, change nor delete it.</summary>
public abstract class MembershipItemIsolationTests(ApiFixture fixture)
{
    private const string Items = "/api/membership/items";

    [Fact]
    public async Task Another_company_lists_none_of_them()
    {
        var (_, b, _) = await TwoCompaniesAndAnItemAsync();

        (await b.Admin.GetJsonAsync<JsonElement>(Items)).GetProperty("totalCount").GetInt64().ShouldBe(0);
    }

    [Fact]
    public async Task Another_company_cannot_read_one()
    {
        var (_, b, item) = await TwoCompaniesAndAnItemAsync();

        (await b.Admin.GetAsync($"{Items}/{item.Id()}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Another_company_cannot_change_one()
    {
        var (a, b, item) = await TwoCompaniesAndAnItemAsync();

        (await b.Admin.PutAsync($"{Items}/{item.Id()}", new { name = "Taken", concurrencyStamp = item.GetProperty("concurrencyStamp").GetString() }))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await a.Admin.GetJsonAsync<JsonElement>($"{Items}/{item.Id()}")).GetProperty("name").GetString().ShouldBe("A's item");
    }

    [Fact]
    public async Task Another_company_cannot_delete_one()
    {
        var (a, b, item) = await TwoCompaniesAndAnItemAsync();

        (await b.Admin.DeleteAsync($"{Items}/{item.Id()}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await a.Admin.GetAsync($"{Items}/{item.Id()}")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    private async Task<(TenantSession A, TenantSession B, JsonElement Item)> TwoCompaniesAndAnItemAsync()
    {
        var a = await fixture.SignUpWithMembershipAsync();
        var b = await fixture.SignUpWithMembershipAsync();
        var item = await a.Admin.PostJsonAsync<JsonElement>(Items, new { name = "A's item", description = "only A's" });
        return (a, b, item);
    }
}

public sealed class MembershipItemIsolationTestsOnSqlite(SqliteApiFixture fixture) : MembershipItemIsolationTests(fixture), IClassFixture<SqliteApiFixture>;

public sealed class MembershipItemIsolationTestsOnPostgreSql(PostgreSqlApiFixture fixture) : MembershipItemIsolationTests(fixture), IClassFixture<PostgreSqlApiFixture>;
