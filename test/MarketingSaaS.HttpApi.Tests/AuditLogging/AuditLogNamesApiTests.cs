using System.Text.Json;
using MarketingSaaS.HttpApi.Tests.Identity;
using MarketingSaaS.Settings;
using MarketingSaaS.TestBase.Clients;
using MarketingSaaS.TestBase.Hosting;
using Shouldly;
using Xunit;
using static MarketingSaaS.HttpApi.Tests.AuditLogging.AuditLogApiTests;
using static MarketingSaaS.HttpApi.Tests.TextTemplates.TextTemplateClient;

namespace MarketingSaaS.HttpApi.Tests.AuditLogging;

/// <summary>The audit log names people, entity types, entities and properties, and filters by person and date range.</summary>
public abstract class AuditLogNamesApiTests(ApiFixture fixture)
{
    [Fact]
    public async Task An_entry_names_the_person_the_entity_type_the_entity_and_its_properties_in_the_request_language()
    {
        var session = await fixture.SignUpAsync();
        session.Admin.Http.DefaultRequestHeaders.Add("Accept-Language", "zh-CN");
        await session.Admin.TryOverrideAsync(ResearchPlan, "en", "Our plan for {{processName}}");

        var page = await session.Admin.GetJsonAsync<JsonElement>("/api/audit-logs?entityType=TextTemplateOverride");

        var entry = page.GetProperty("items").EnumerateArray().Single();
        entry.GetProperty("userName").GetString().ShouldBe("admin");
        entry.GetProperty("userDisplayName").GetString().ShouldBe("Admin " + session.Slug);
        entry.GetProperty("entityTypeDisplayName").GetString().ShouldBe("文本模板");
        entry.GetProperty("entityDisplayName").GetString().ShouldBe("《市场调研方案》骨架");
        var content = entry.GetProperty("propertyChanges").EnumerateArray().Single(c => c.GetProperty("propertyName").GetString() == "Content");
        content.GetProperty("propertyDisplayName").GetString().ShouldBe("内容");
        content.GetProperty("newValue").GetString().ShouldBe("Our plan for {{processName}}");
    }

    [Fact]
    public async Task A_deleted_entity_keeps_the_name_its_entries_recorded()
    {
        var session = await fixture.SignUpAsync();
        session.Admin.Http.DefaultRequestHeaders.Add("Accept-Language", "en");
        await session.Admin.TryOverrideAsync(ResearchPlan, "en", "Our plan");
        fixture.Factory.Clock.Advance(TimeSpan.FromMinutes(1));
        await session.Admin.DeleteAsync($"{Url}/{ResearchPlan}/en");

        var page = await session.Admin.GetJsonAsync<JsonElement>("/api/audit-logs?entityType=TextTemplateOverride");

        page.GetProperty("items").EnumerateArray().Select(i => (i.GetProperty("changeType").GetString(), i.GetProperty("entityDisplayName").GetString()))
            .ShouldBe([("Deleted", "Market research plan (skeleton)"), ("Created", "Market research plan (skeleton)")]);
    }

    [Fact]
    public async Task A_setting_is_named_by_its_display_name_and_a_property_without_a_text_keeps_its_name()
    {
        var session = await fixture.SignUpAsync();
        session.Admin.Http.DefaultRequestHeaders.Add("Accept-Language", "zh-CN");
        var adminId = await AdminIdAsync(session);
        await TenantAdminActions.SetTenantSettingAsync(fixture, session.TenantId, adminId, "admin", MarketingSaaSSettings.Currency, "USD");

        var setting = (await session.Admin.GetJsonAsync<JsonElement>($"/api/audit-logs?entityType=SettingValue&userId={adminId}")).GetProperty("items")[0];
        var user = (await session.Admin.GetJsonAsync<JsonElement>($"/api/audit-logs?entityType=AppUser&entityId={adminId}")).GetProperty("items")
            .EnumerateArray().Single(i => i.GetProperty("changeType").GetString() == "Created");

        setting.GetProperty("entityTypeDisplayName").GetString().ShouldBe("设置");
        setting.GetProperty("entityDisplayName").GetString().ShouldBe("币种");
        PropertyNames(setting)["Value"].ShouldBe("值");
        user.GetProperty("entityDisplayName").GetString().ShouldBe("Admin " + session.Slug);
        PropertyNames(user)["Email"].ShouldBe("电子邮箱");
        PropertyNames(user)["NormalizedUserName"].ShouldBe("NormalizedUserName");
    }

    [Fact]
    public async Task Filters_by_person_and_by_a_date_range_together()
    {
        var session = await fixture.SignUpAsync();
        var adminId = await AdminIdAsync(session);
        var staffId = (await session.CreateUserAsync("staff1", "staff")).GetProperty("id").GetGuid();
        var clock = fixture.Factory.Clock;
        clock.Advance(TimeSpan.FromMinutes(1));
        var first = clock.GetUtcNow();
        await TenantAdminActions.SetTenantSettingAsync(fixture, session.TenantId, adminId, "admin", MarketingSaaSSettings.Currency, "USD");
        clock.Advance(TimeSpan.FromMinutes(1));
        var second = clock.GetUtcNow();
        await TenantAdminActions.SetTenantSettingAsync(fixture, session.TenantId, staffId, "staff1", MarketingSaaSSettings.Currency, "EUR");
        clock.Advance(TimeSpan.FromMinutes(1));
        var third = clock.GetUtcNow();
        await TenantAdminActions.SetTenantSettingAsync(fixture, session.TenantId, adminId, "admin", MarketingSaaSSettings.Currency, "GBP");

        (await NewValuesAsync(session, $"userId={adminId}&from={Query(first)}")).ShouldBe(["GBP", "USD"]);
        (await NewValuesAsync(session, $"userId={staffId}")).ShouldBe(["EUR"]);
        (await NewValuesAsync(session, $"from={Query(second)}&to={Query(second)}")).ShouldBe(["EUR"]);
        (await NewValuesAsync(session, $"userId={adminId}&from={Query(second)}&to={Query(third)}")).ShouldBe(["GBP"]);
        (await NewValuesAsync(session, $"userId={staffId}&from={Query(third)}")).ShouldBeEmpty();
        var staffEntry = (await session.Admin.GetJsonAsync<JsonElement>($"/api/audit-logs?entityType=SettingValue&userId={staffId}")).GetProperty("items")[0];
        staffEntry.GetProperty("userDisplayName").GetString().ShouldBe("Name of staff1");
    }

    [Fact]
    public async Task The_filter_options_list_the_people_and_entity_types_of_the_log_by_display_name()
    {
        var session = await fixture.SignUpAsync();
        session.Admin.Http.DefaultRequestHeaders.Add("Accept-Language", "en");
        var adminId = await AdminIdAsync(session);
        var staffId = (await session.CreateUserAsync("staff1", "staff")).GetProperty("id").GetGuid();
        await TenantAdminActions.SetTenantSettingAsync(fixture, session.TenantId, staffId, "staff1", MarketingSaaSSettings.Currency, "EUR");

        var options = await session.Admin.GetJsonAsync<JsonElement>("/api/audit-logs/filter-options");

        var people = options.GetProperty("people").EnumerateArray()
            .Select(p => (p.GetProperty("userId").GetGuid(), p.GetProperty("displayName").GetString())).ToList();
        people.ShouldBe([(adminId, "Admin " + session.Slug), (staffId, "Name of staff1")]);
        var types = options.GetProperty("entityTypes").EnumerateArray()
            .ToDictionary(t => t.GetProperty("entityType").GetString()!, t => t.GetProperty("displayName").GetString()!);
        types["SettingValue"].ShouldBe("Setting");
        types["AppUser"].ShouldBe("User");
        types.Values.ShouldBe(types.Values.Order(StringComparer.OrdinalIgnoreCase).ToList());
    }

    private static Dictionary<string, string?> PropertyNames(JsonElement entry) =>
        entry.GetProperty("propertyChanges").EnumerateArray().ToDictionary(c => c.GetProperty("propertyName").GetString()!, c => c.GetProperty("propertyDisplayName").GetString());

    private static async Task<List<string?>> NewValuesAsync(TenantSession session, string query) =>
        [.. (await session.Admin.GetJsonAsync<JsonElement>($"/api/audit-logs?entityType=SettingValue&{query}")).GetProperty("items").EnumerateArray()
            .Select(i => i.GetProperty("propertyChanges").EnumerateArray().Single(c => c.GetProperty("propertyName").GetString() == "Value").GetProperty("newValue").GetString())];
}

public sealed class AuditLogNamesApiTestsOnSqlite(SqliteApiFixture fixture) : AuditLogNamesApiTests(fixture), IClassFixture<SqliteApiFixture>;

public sealed class AuditLogNamesApiTestsOnPostgreSql(PostgreSqlApiFixture fixture) : AuditLogNamesApiTests(fixture), IClassFixture<PostgreSqlApiFixture>;
