using System.Net;
using System.Text.Json;
using MarketingSaaS.HttpApi.Tests.Identity;
using MarketingSaaS.TestBase.Clients;
using MarketingSaaS.TestBase.Hosting;
using Shouldly;
using Xunit;

namespace MarketingSaaS.HttpApi.Tests.Settings;

public abstract class SettingApiTests(ApiFixture fixture)
{
    [Fact]
    public async Task The_company_settings_are_listed_with_values_and_localized_names()
    {
        var session = await fixture.SignUpAsync();
        session.Admin.Http.DefaultRequestHeaders.Add("Accept-Language", "en");

        var settings = ToValues(await session.Admin.GetJsonAsync<JsonElement>("/api/settings"));
        var currency = (await session.Admin.GetJsonAsync<JsonElement>("/api/settings")).EnumerateArray().Single(s => s.GetProperty("name").GetString() == "Platform.Currency");

        settings.ShouldBe(new Dictionary<string, string?>
        {
            ["Approvals.EscalateAfterHours"] = "48",
            ["Approvals.MaxDelegationChainLength"] = "5",
            ["Approvals.ReminderAfterHours"] = "24",
            ["Approvals.SamePersonApproval"] = "AskEachTime",
            ["Budgets.ExtraApprovalPositions"] = "总经理;财务审核岗",
            ["Budgets.OverBudgetPolicy"] = "Block",
            ["Platform.Culture"] = "zh-Hans",
            ["Platform.Currency"] = "CNY",
            ["Platform.FiscalYearStartMonth"] = "1",
            ["Platform.TimeZone"] = "Asia/Shanghai",
        });
        currency.GetProperty("displayName").GetString().ShouldBe("Currency");
    }

    [Fact]
    public async Task Each_setting_carries_its_type_constraints_and_choices_in_the_callers_language()
    {
        var session = await fixture.SignUpAsync();
        session.Admin.Http.DefaultRequestHeaders.Add("Accept-Language", "en");

        var settings = (await session.Admin.GetJsonAsync<JsonElement>("/api/settings")).EnumerateArray().ToDictionary(s => s.GetProperty("name").GetString()!);

        settings.ToDictionary(s => s.Key, s => s.Value.GetProperty("type").GetString()).ShouldBe(new Dictionary<string, string?>
        {
            ["Approvals.EscalateAfterHours"] = "Integer",
            ["Approvals.MaxDelegationChainLength"] = "Integer",
            ["Approvals.ReminderAfterHours"] = "Integer",
            ["Approvals.SamePersonApproval"] = "Enum",
            ["Budgets.ExtraApprovalPositions"] = "Text",
            ["Budgets.OverBudgetPolicy"] = "Enum",
            ["Platform.Culture"] = "Culture",
            ["Platform.Currency"] = "Currency",
            ["Platform.FiscalYearStartMonth"] = "Integer",
            ["Platform.TimeZone"] = "TimeZone",
        });
        var month = settings["Platform.FiscalYearStartMonth"];
        (month.GetProperty("min").GetInt32(), month.GetProperty("max").GetInt32()).ShouldBe((1, 12));
        month.GetProperty("description").GetString().ShouldBe("The month (1 to 12) in which your fiscal year begins.");
        Options(settings["Budgets.OverBudgetPolicy"]).ShouldBe(new Dictionary<string, string> { ["Block"] = "Refuse it", ["ExtraApproval"] = "Require an extra approval" });
        Options(settings["Platform.Culture"]).ShouldBe(new Dictionary<string, string> { ["zh-Hans"] = "中文（简体）", ["en"] = "English" });
        Options(settings["Platform.TimeZone"])["Asia/Shanghai"].ShouldBe("(UTC+08:00) Asia/Shanghai");
        Options(settings["Platform.TimeZone"]).Keys.ShouldNotContain("China Standard Time");
        Options(settings["Platform.Currency"])["CNY"].ShouldStartWith("CNY · ");
        settings["Budgets.ExtraApprovalPositions"].GetProperty("options").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task Names_descriptions_and_choices_are_in_chinese_for_a_chinese_caller()
    {
        var session = await fixture.SignUpAsync();
        session.Admin.Http.DefaultRequestHeaders.Add("Accept-Language", "zh-Hans");

        var settings = (await session.Admin.GetJsonAsync<JsonElement>("/api/settings")).EnumerateArray().ToDictionary(s => s.GetProperty("name").GetString()!);

        settings["Platform.TimeZone"].GetProperty("displayName").GetString().ShouldBe("时区");
        settings["Platform.TimeZone"].GetProperty("description").GetString().ShouldBe("门户中的日期和时间、提醒及报表均使用此时区。");
        Options(settings["Budgets.OverBudgetPolicy"]).Keys.ShouldBe(["Block", "ExtraApproval"]);
        Options(settings["Budgets.OverBudgetPolicy"]).Values.ShouldAllBe(v => v.Any(c => c >= 0x4E00 && c <= 0x9FFF));
    }

    [Theory]
    [InlineData("Platform.FiscalYearStartMonth", "0", "Use a value from 1 to 12.")]
    [InlineData("Platform.FiscalYearStartMonth", "+4", "Use a value from 1 to 12.")]
    [InlineData("Approvals.ReminderAfterHours", "0", "Use a value from 1 to 2147483647.")]
    [InlineData("Budgets.OverBudgetPolicy", "Warn", "Choose one of the listed values: Block, ExtraApproval.")]
    [InlineData("Approvals.SamePersonApproval", "askonce", "Choose one of the listed values: AskEachTime, AskOnce.")]
    [InlineData("Platform.TimeZone", "Asia/Atlantis", "Use an IANA time zone, e.g. Asia/Shanghai.")]
    [InlineData("Platform.Currency", "usd", "Use a three-letter ISO 4217 currency code in capitals, e.g. CNY.")]
    public async Task A_value_outside_its_type_answers_400_naming_the_setting_and_changes_nothing(string name, string value, string message)
    {
        var session = await fixture.SignUpAsync();
        session.Admin.Http.DefaultRequestHeaders.Add("Accept-Language", "en");
        var before = ToValues(await session.Admin.GetJsonAsync<JsonElement>("/api/settings"))[name];

        var response = await session.Admin.PutAsync("/api/settings", new { values = new Dictionary<string, string?> { [name] = value } });

        var errors = (await response.ReadProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors");
        errors.EnumerateObject().ShouldHaveSingleItem().Name.ShouldBe(name);
        errors.GetProperty(name).EnumerateArray().ShouldHaveSingleItem().GetString().ShouldBe(message);
        ToValues(await session.Admin.GetJsonAsync<JsonElement>("/api/settings"))[name].ShouldBe(before);
    }

    [Fact]
    public async Task Valid_values_are_stored_and_reach_the_application_configuration()
    {
        var session = await fixture.SignUpAsync();

        var updated = await (await session.Admin.PutAsync("/api/settings", new
        {
            values = new Dictionary<string, string?>
            {
                ["Platform.Currency"] = "USD",
                ["Platform.TimeZone"] = "Europe/Berlin",
                ["Platform.Culture"] = "en",
                ["Platform.FiscalYearStartMonth"] = "4",
            },
        })).ReadAsAsync<JsonElement>();

        ToValues(updated)["Platform.Currency"].ShouldBe("USD");
        var settings = ToValues(await session.Admin.GetJsonAsync<JsonElement>("/api/settings"));
        settings["Platform.TimeZone"].ShouldBe("Europe/Berlin");
        settings["Platform.Culture"].ShouldBe("en");
        settings["Platform.FiscalYearStartMonth"].ShouldBe("4");
        var config = await session.Admin.GetJsonAsync<JsonElement>("/api/application-configuration");
        config.GetProperty("settings").GetProperty("Platform.Currency").GetString().ShouldBe("USD");
        config.GetProperty("settings").GetProperty("Platform.TimeZone").GetString().ShouldBe("Europe/Berlin"); // the portal shows times in it
    }

    [Fact]
    public async Task A_null_value_returns_to_the_default()
    {
        var session = await fixture.SignUpAsync();
        await session.Admin.PutAsync("/api/settings", new { values = new Dictionary<string, string?> { ["Platform.FiscalYearStartMonth"] = "7" } });

        await session.Admin.PutAsync("/api/settings", new { values = new Dictionary<string, string?> { ["Platform.FiscalYearStartMonth"] = null } });

        ToValues(await session.Admin.GetJsonAsync<JsonElement>("/api/settings"))["Platform.FiscalYearStartMonth"].ShouldBe("1");
    }

    [Fact]
    public async Task Invalid_values_answer_400_with_an_error_per_setting_and_change_nothing()
    {
        var session = await fixture.SignUpAsync();

        var response = await session.Admin.PutAsync("/api/settings", new
        {
            values = new Dictionary<string, string?>
            {
                ["Platform.Currency"] = "usd",
                ["Platform.TimeZone"] = "Mars/Olympus_Mons",
                ["Platform.Culture"] = "fr",
                ["Platform.FiscalYearStartMonth"] = "13",
            },
        });
        var windowsZone = await session.Admin.PutAsync("/api/settings", new { values = new Dictionary<string, string?> { ["Platform.TimeZone"] = "China Standard Time" } });
        var tooLong = await session.Admin.PutAsync("/api/settings", new { values = new Dictionary<string, string?> { ["Platform.Currency"] = new string('A', 3000) } });

        var errors = (await response.ReadProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors");
        errors.EnumerateObject().Select(e => e.Name).Order().ShouldBe(["Platform.Culture", "Platform.Currency", "Platform.FiscalYearStartMonth", "Platform.TimeZone"]);
        (await windowsZone.ReadProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("Platform.TimeZone", out _).ShouldBeTrue();
        (await tooLong.ReadProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("Platform.Currency", out _).ShouldBeTrue();
        ToValues(await session.Admin.GetJsonAsync<JsonElement>("/api/settings"))["Platform.Currency"].ShouldBe("CNY");
    }

    [Fact]
    public async Task Unknown_settings_are_rule_violations_and_a_missing_body_field_answers_400()
    {
        var session = await fixture.SignUpAsync();

        var unknown = await session.Admin.PutAsync("/api/settings", new { values = new Dictionary<string, string?> { ["No.Such.Setting"] = "x" } });
        var missing = await session.Admin.PutAsync("/api/settings", new { values = (object?)null });

        await unknown.ShouldBeProblemAsync((HttpStatusCode)422, "MarketingSaaS:UnknownSetting");
        (await missing.ReadProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("values", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task Any_signed_in_user_sets_their_own_language_without_changing_anyone_else()
    {
        var session = await fixture.SignUpAsync();
        var staff = await session.CreateStaffClientAsync();

        var response = await staff.PutAsync("/api/settings/my-culture", new { culture = "en" });

        response.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await staff.GetJsonAsync<JsonElement>("/api/application-configuration")).GetProperty("settings").GetProperty("Platform.Culture").GetString().ShouldBe("en");
        (await session.Admin.GetJsonAsync<JsonElement>("/api/application-configuration")).GetProperty("settings").GetProperty("Platform.Culture").GetString().ShouldBe("zh-Hans");
        ToValues(await session.Admin.GetJsonAsync<JsonElement>("/api/settings"))["Platform.Culture"].ShouldBe("zh-Hans");
    }

    [Fact]
    public async Task Unsupported_languages_answer_400_and_anonymous_callers_401()
    {
        var session = await fixture.SignUpAsync();

        var unsupported = await session.Admin.PutAsync("/api/settings/my-culture", new { culture = "fr" });
        var anonymous = await fixture.Anonymous(session.Slug).PutAsync("/api/settings/my-culture", new { culture = "en" });

        (await unsupported.ReadProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("culture", out _).ShouldBeTrue();
        anonymous.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Staff_without_grants_cannot_read_or_change_company_settings()
    {
        var session = await fixture.SignUpAsync();
        var staff = await session.CreateStaffClientAsync();

        await (await staff.GetAsync("/api/settings")).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "Framework:PermissionDenied");
        await (await staff.PutAsync("/api/settings", new { values = new Dictionary<string, string?> { ["Platform.Currency"] = "EUR" } }))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden, "Framework:PermissionDenied");
    }

    private static Dictionary<string, string> Options(JsonElement setting) =>
        setting.GetProperty("options").EnumerateArray().ToDictionary(o => o.GetProperty("value").GetString()!, o => o.GetProperty("displayName").GetString()!);

    internal static Dictionary<string, string?> ToValues(JsonElement settings) =>
        settings.EnumerateArray().ToDictionary(s => s.GetProperty("name").GetString()!, s => s.GetProperty("value").GetString());
}

public sealed class SettingApiTestsOnSqlite(SqliteApiFixture fixture) : SettingApiTests(fixture), IClassFixture<SqliteApiFixture>;

public sealed class SettingApiTestsOnPostgreSql(PostgreSqlApiFixture fixture) : SettingApiTests(fixture), IClassFixture<PostgreSqlApiFixture>;
