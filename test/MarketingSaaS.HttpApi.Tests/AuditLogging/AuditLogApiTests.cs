using System.Net;
using System.Text.Json;
using MarketingSaaS.Settings;
using MarketingSaaS.TestBase;
using MarketingSaaS.TestBase.Clients;
using MarketingSaaS.TestBase.Hosting;
using Shouldly;
using Xunit;

namespace MarketingSaaS.HttpApi.Tests.AuditLogging;

public abstract class AuditLogApiTests(ApiFixture fixture)
{
    [Fact]
    public async Task Sign_up_is_logged_with_the_admin_user_it_created_and_no_secrets()
    {
        var tenant = await fixture.SignUpAsync();
        var adminId = await AdminIdAsync(tenant);

        var page = await tenant.Admin.GetJsonAsync<JsonElement>($"/api/audit-logs?entityType=AppUser&entityId={adminId}");

        var created = page.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("changeType").GetString() == "Created");
        var changes = Changes(created);
        changes["UserName"].ShouldBe((null, "admin"));
        changes["Email"].ShouldBe((null, $"admin@{tenant.Slug}.test"));
        changes.Keys.ShouldNotContain(k => k.Contains("Password") || k.Contains("SecurityStamp"));
    }

    [Fact]
    public async Task A_failed_sign_in_is_logged_with_the_old_and_new_failure_count()
    {
        var tenant = await fixture.SignUpAsync();
        var adminId = await AdminIdAsync(tenant);
        fixture.Factory.Clock.Advance(TimeSpan.FromMinutes(1));
        var when = fixture.Factory.Clock.GetUtcNow();

        await fixture.Anonymous().PostAsync("/api/account/sign-in", new { tenant = tenant.Slug, userName = "admin", password = "Wrong@12345" });

        var page = await tenant.Admin.GetJsonAsync<JsonElement>($"/api/audit-logs?entityType=AppUser&entityId={adminId}&from={Query(when)}");
        var updated = page.GetProperty("items").EnumerateArray().Single();
        updated.GetProperty("changeType").GetString().ShouldBe("Updated");
        updated.GetProperty("changeTime").GetDateTimeOffset().ShouldBe(when);
        Changes(updated)["AccessFailedCount"].ShouldBe(("0", "1"));
    }

    [Fact]
    public async Task A_setting_change_is_logged_with_who_when_old_and_new()
    {
        var tenant = await fixture.SignUpAsync();
        var adminId = await AdminIdAsync(tenant);
        fixture.Factory.Clock.Advance(TimeSpan.FromMinutes(1));
        var when = fixture.Factory.Clock.GetUtcNow();

        await TenantAdminActions.SetTenantSettingAsync(fixture, tenant.TenantId, adminId, "admin", MarketingSaaSSettings.Currency, "USD");

        var page = await tenant.Admin.GetJsonAsync<JsonElement>($"/api/audit-logs?entityType=SettingValue&userId={adminId}");
        page.GetProperty("totalCount").GetInt64().ShouldBe(1);
        var log = page.GetProperty("items")[0];
        log.GetProperty("userId").GetGuid().ShouldBe(adminId);
        log.GetProperty("userName").GetString().ShouldBe("admin");
        log.GetProperty("changeTime").GetDateTimeOffset().ShouldBe(when);
        log.GetProperty("changeType").GetString().ShouldBe("Updated");
        Changes(log)["Value"].ShouldBe(("CNY", "USD"));
    }

    [Fact]
    public async Task Lists_newest_first_pages_and_filters_by_time()
    {
        var tenant = await fixture.SignUpAsync();
        var adminId = await AdminIdAsync(tenant);
        var clock = fixture.Factory.Clock;
        clock.Advance(TimeSpan.FromMinutes(1));
        var first = clock.GetUtcNow();
        await TenantAdminActions.SetTenantSettingAsync(fixture, tenant.TenantId, adminId, "admin", MarketingSaaSSettings.Currency, "USD");
        clock.Advance(TimeSpan.FromMinutes(1));
        var second = clock.GetUtcNow();
        await TenantAdminActions.SetTenantSettingAsync(fixture, tenant.TenantId, adminId, "admin", MarketingSaaSSettings.Currency, "EUR");

        var both = await tenant.Admin.GetJsonAsync<JsonElement>($"/api/audit-logs?entityType=SettingValue&from={Query(first)}");
        var fromSecond = await tenant.Admin.GetJsonAsync<JsonElement>($"/api/audit-logs?entityType=SettingValue&from={Query(second)}");
        var untilFirst = await tenant.Admin.GetJsonAsync<JsonElement>($"/api/audit-logs?entityType=SettingValue&to={Query(first)}");
        var onePage = await tenant.Admin.GetJsonAsync<JsonElement>("/api/audit-logs?maxResultCount=1&skipCount=1");
        var all = await tenant.Admin.GetJsonAsync<JsonElement>("/api/audit-logs?maxResultCount=1000");

        NewValues(both).ShouldBe(["EUR", "USD"]);
        NewValues(fromSecond).ShouldBe(["EUR"]);
        NewValues(untilFirst).ShouldContain("USD");
        NewValues(untilFirst).ShouldNotContain("EUR");
        onePage.GetProperty("items").GetArrayLength().ShouldBe(1);
        onePage.GetProperty("totalCount").GetInt64().ShouldBe(all.GetProperty("totalCount").GetInt64());
        onePage.GetProperty("items")[0].GetProperty("id").GetGuid().ShouldBe(all.GetProperty("items")[1].GetProperty("id").GetGuid());
        var times = all.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("changeTime").GetDateTimeOffset()).ToList();
        times.ShouldBe(times.OrderByDescending(t => t).ToList());
    }

    [Fact]
    public async Task Users_without_the_permission_and_host_admins_get_403()
    {
        var tenant = await fixture.SignUpAsync();
        await TenantAdminActions.CreateStaffUserAsync(fixture, tenant.TenantId, "staff1", TestAccounts.UserPassword);
        var staff = await tenant.SignInAsync("staff1", TestAccounts.UserPassword);
        var host = await HostAdmin.SignInAsync(fixture);

        var byStaff = await staff.GetAsync("/api/audit-logs");
        var byHost = await host.GetAsync("/api/audit-logs");
        var anonymous = await fixture.Anonymous(tenant.Slug).GetAsync("/api/audit-logs");

        (await byStaff.ReadProblemAsync(HttpStatusCode.Forbidden)).GetProperty("code").GetString().ShouldBe("Framework:PermissionDenied");
        (await byHost.ReadProblemAsync(HttpStatusCode.Forbidden)).GetProperty("code").GetString().ShouldBe("Framework:PermissionDenied");
        anonymous.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Bad_query_values_answer_400()
    {
        var tenant = await fixture.SignUpAsync();

        var zeroPage = await tenant.Admin.GetAsync("/api/audit-logs?maxResultCount=0");
        var badTime = await tenant.Admin.GetAsync("/api/audit-logs?from=yesterday");
        var badUser = await tenant.Admin.GetAsync("/api/audit-logs?userId=42");
        var longType = await tenant.Admin.GetAsync($"/api/audit-logs?entityType={new string('x', 200)}");

        (await zeroPage.ReadProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("maxResultCount", out _).ShouldBeTrue();
        await badTime.ReadProblemAsync(HttpStatusCode.BadRequest);
        await badUser.ReadProblemAsync(HttpStatusCode.BadRequest);
        (await longType.ReadProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("entityType", out _).ShouldBeTrue();
    }

    internal static async Task<Guid> AdminIdAsync(TenantSession tenant) =>
        (await tenant.Admin.GetJsonAsync<JsonElement>("/api/account/me")).GetProperty("id").GetGuid();

    internal static string Query(DateTimeOffset time) => Uri.EscapeDataString(time.ToString("O"));

    private static Dictionary<string, (string? Old, string? New)> Changes(JsonElement log) =>
        log.GetProperty("propertyChanges").EnumerateArray().ToDictionary(
            c => c.GetProperty("propertyName").GetString()!,
            c => (c.GetProperty("originalValue").GetString(), c.GetProperty("newValue").GetString()));

    private static List<string?> NewValues(JsonElement page) =>
        [.. page.GetProperty("items").EnumerateArray().Select(i => Changes(i).TryGetValue("Value", out var v) ? v.New : null)];
}

public sealed class AuditLogApiTestsOnSqlite(SqliteApiFixture fixture) : AuditLogApiTests(fixture), IClassFixture<SqliteApiFixture>;

public sealed class AuditLogApiTestsOnPostgreSql(PostgreSqlApiFixture fixture) : AuditLogApiTests(fixture), IClassFixture<PostgreSqlApiFixture>;
