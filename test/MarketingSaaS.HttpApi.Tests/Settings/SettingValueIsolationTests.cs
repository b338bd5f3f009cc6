using System.Text.Json;
using MarketingSaaS.EntityFrameworkCore;
using MarketingSaaS.Framework.MultiTenancy;
using MarketingSaaS.HttpApi.Tests.Identity;
using MarketingSaaS.Settings;
using MarketingSaaS.TestBase.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace MarketingSaaS.HttpApi.Tests.Settings;

/// <summary>Tenant B never sees or changes tenant A's <see cref="SettingValue"/> rows (company or user level).</summary>
public abstract class SettingValueIsolationTests(ApiFixture fixture)
{
    [Fact]
    public async Task Tenant_B_does_not_see_or_change_tenant_A_settings()
    {
        var a = await fixture.SignUpAsync();
        var b = await fixture.SignUpAsync();
        await a.Admin.PutAsync("/api/settings", new { values = new Dictionary<string, string?> { ["Platform.Currency"] = "XTS" } });

        var bSettings = SettingApiTests.ToValues(await b.Admin.GetJsonAsync<JsonElement>("/api/settings"));
        await b.Admin.PutAsync("/api/settings", new { values = new Dictionary<string, string?> { ["Platform.Currency"] = "EUR" } });

        bSettings["Platform.Currency"].ShouldBe("CNY");
        SettingApiTests.ToValues(await a.Admin.GetJsonAsync<JsonElement>("/api/settings"))["Platform.Currency"].ShouldBe("XTS");
        (await b.Admin.GetJsonAsync<JsonElement>("/api/application-configuration")).GetProperty("settings").GetProperty("Platform.Currency").GetString().ShouldBe("EUR");
        (await CountRowsWithValueAsync(a.TenantId, "XTS")).ShouldBe(1);
        (await CountRowsWithValueAsync(b.TenantId, "XTS")).ShouldBe(0);
    }

    [Fact]
    public async Task A_user_language_stays_in_its_tenant()
    {
        var a = await fixture.SignUpAsync();
        var b = await fixture.SignUpAsync();
        var aStaff = await a.CreateStaffClientAsync();

        await aStaff.PutAsync("/api/settings/my-culture", new { culture = "en" });

        (await CountRowsWithValueAsync(a.TenantId, "en")).ShouldBe(1);
        (await CountRowsWithValueAsync(b.TenantId, "en")).ShouldBe(0);
        (await b.Admin.GetJsonAsync<JsonElement>("/api/application-configuration")).GetProperty("settings").GetProperty("Platform.Culture").GetString().ShouldBe("zh-Hans");
    }

    private async Task<int> CountRowsWithValueAsync(Guid tenantId, string value)
    {
        using var scope = fixture.Services.CreateScope();
        using (scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(tenantId))
        {
            var db = await scope.ServiceProvider.GetRequiredService<MarketingSaaS.Framework.EntityFrameworkCore.DbContexts.IDbContextProvider<PlatformDbContext>>().GetDbContextAsync();
            return await db.SettingValues.CountAsync(s => s.Value == value);
        }
    }
}

public sealed class SettingValueIsolationTestsOnSqlite(SqliteApiFixture fixture) : SettingValueIsolationTests(fixture), IClassFixture<SqliteApiFixture>;

public sealed class SettingValueIsolationTestsOnPostgreSql(PostgreSqlApiFixture fixture) : SettingValueIsolationTests(fixture), IClassFixture<PostgreSqlApiFixture>;
