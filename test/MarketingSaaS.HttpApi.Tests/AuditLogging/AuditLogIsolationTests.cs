using System.Text.Json;
using MarketingSaaS.Framework.Auditing;
using MarketingSaaS.Settings;
using MarketingSaaS.TestBase.Hosting;
using Shouldly;
using Xunit;

namespace MarketingSaaS.HttpApi.Tests.AuditLogging;

/// <summary>Tenant B's administrators never see tenant A's <see cref="EntityChangeLog"/> rows.</summary>
public abstract class AuditLogIsolationTests(ApiFixture fixture)
{
    [Fact]
    public async Task Another_tenants_admin_sees_none_of_the_EntityChangeLog_rows()
    {
        var a = await fixture.SignUpAsync();
        var b = await fixture.SignUpAsync();
        var aAdminId = await AuditLogApiTests.AdminIdAsync(a);
        await TenantAdminActions.SetTenantSettingAsync(fixture, a.TenantId, aAdminId, "admin", MarketingSaaSSettings.Currency, "USD");
        var aSees = await a.Admin.GetJsonAsync<JsonElement>($"/api/audit-logs?entityId={aAdminId}");
        var aByUser = await a.Admin.GetJsonAsync<JsonElement>($"/api/audit-logs?userId={aAdminId}");
        aSees.GetProperty("totalCount").GetInt64().ShouldBeGreaterThan(0);
        aByUser.GetProperty("totalCount").GetInt64().ShouldBe(1);

        var bByEntity = await b.Admin.GetJsonAsync<JsonElement>($"/api/audit-logs?entityId={aAdminId}");
        var bByUser = await b.Admin.GetJsonAsync<JsonElement>($"/api/audit-logs?userId={aAdminId}");
        var bAll = await b.Admin.GetJsonAsync<JsonElement>("/api/audit-logs?maxResultCount=1000");

        bByEntity.GetProperty("totalCount").GetInt64().ShouldBe(0);
        bByUser.GetProperty("totalCount").GetInt64().ShouldBe(0);
        var aAll = await a.Admin.GetJsonAsync<JsonElement>("/api/audit-logs?maxResultCount=1000");
        Ids(bAll).Intersect(Ids(aAll)).ShouldBeEmpty();
        Ids(bAll).ShouldNotBeEmpty("B has its own sign-up rows");
    }

    [Fact]
    public async Task A_tenant_header_naming_another_tenant_does_not_reveal_its_EntityChangeLog_rows()
    {
        var a = await fixture.SignUpAsync();
        var b = await fixture.SignUpAsync();
        var aAdminId = await AuditLogApiTests.AdminIdAsync(a);
        b.Admin.Http.DefaultRequestHeaders.Add("__tenant", a.Slug);

        var page = await b.Admin.GetJsonAsync<JsonElement>($"/api/audit-logs?entityId={aAdminId}");

        page.GetProperty("totalCount").GetInt64().ShouldBe(0);
    }

    [Fact]
    public async Task Another_tenants_filter_options_and_named_entries_show_none_of_A_s_people_or_entities()
    {
        var a = await fixture.SignUpAsync();
        var b = await fixture.SignUpAsync();
        var aAdminId = await AuditLogApiTests.AdminIdAsync(a);
        await TenantAdminActions.SetTenantSettingAsync(fixture, a.TenantId, aAdminId, "admin", MarketingSaaSSettings.Currency, "USD");

        var bOptions = await b.Admin.GetJsonAsync<JsonElement>("/api/audit-logs/filter-options");
        var bSettings = await b.Admin.GetJsonAsync<JsonElement>("/api/audit-logs?entityType=SettingValue");
        var bUsers = await b.Admin.GetJsonAsync<JsonElement>("/api/audit-logs?entityType=AppUser&maxResultCount=1000");

        bOptions.GetProperty("people").EnumerateArray().Select(p => p.GetProperty("userId").GetGuid()).ShouldNotContain(aAdminId);
        bSettings.GetProperty("items").EnumerateArray().ShouldAllBe(i => i.GetProperty("userId").ValueKind == JsonValueKind.Null || i.GetProperty("userId").GetGuid() != aAdminId);
        bUsers.GetProperty("items").EnumerateArray().ShouldAllBe(i => i.GetProperty("entityDisplayName").GetString() != "Admin " + a.Slug);
        bUsers.GetProperty("items").GetArrayLength().ShouldBeGreaterThan(0);
    }

    private static IEnumerable<Guid> Ids(JsonElement page) => page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid());
}

public sealed class AuditLogIsolationTestsOnSqlite(SqliteApiFixture fixture) : AuditLogIsolationTests(fixture), IClassFixture<SqliteApiFixture>;

public sealed class AuditLogIsolationTestsOnPostgreSql(PostgreSqlApiFixture fixture) : AuditLogIsolationTests(fixture), IClassFixture<PostgreSqlApiFixture>;
