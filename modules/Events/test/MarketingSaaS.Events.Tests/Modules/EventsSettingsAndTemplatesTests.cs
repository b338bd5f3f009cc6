using System.Net;
using System.Text.Json;
using MarketingSaaS.Events.Settings;
using MarketingSaaS.Events.TextTemplates;
using MarketingSaaS.TestBase.Clients;
using MarketingSaaS.TestBase.Hosting;
using Shouldly;
using Xunit;

namespace MarketingSaaS.Events.Tests.Modules;

/// <summary>
/// The module's own setting and text-template definitions through the platform's settings and template APIs: present
/// only while the module is on for the company, validated by the module's rules, kept while it is off.
/// </summary>
public abstract class EventsSettingsAndTemplatesTests(ApiFixture fixture)
{
    private const string TemplateUrl = "/api/text-templates/" + EventsTemplateNames.RegistrationEmail;

    [Fact]
    public async Task With_the_module_off_its_settings_and_templates_are_not_offered()
    {
        var session = await fixture.SignUpAsync();

        (await SettingNamesAsync(session)).ShouldNotContain(n => n.StartsWith("Events.", StringComparison.Ordinal));
        (await TemplateNamesAsync(session)).ShouldNotContain(EventsTemplateNames.RegistrationEmail);
        await (await session.Admin.PutSettingAsync(EventsSettings.ReviewDueDays, "10")).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "MarketingSaaS:UnknownSetting");
        await (await session.Admin.GetAsync(TemplateUrl + "/en")).ShouldBeProblemAsync(HttpStatusCode.NotFound, "Framework:TemplateNotFound");
    }

    [Fact]
    public async Task With_the_module_on_its_settings_show_their_defaults_and_names_in_the_callers_language()
    {
        var session = await fixture.SignUpWithEventsAsync();
        session.Admin.Http.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");

        var settings = await session.Admin.GetJsonAsync<JsonElement[]>("/api/settings");

        var reviewDays = settings.Single(s => s.GetProperty("name").GetString() == EventsSettings.ReviewDueDays);
        reviewDays.GetProperty("value").GetString().ShouldBe("7");
        reviewDays.GetProperty("defaultValue").GetString().ShouldBe("7");
        reviewDays.GetProperty("displayName").GetString().ShouldBe("Events: days after the event ends until its review is due");
        settings.Single(s => s.GetProperty("name").GetString() == EventsSettings.RehearsalReminderDays).GetProperty("value").GetString().ShouldBe("3");
        (reviewDays.GetProperty("type").GetString(), reviewDays.GetProperty("min").GetInt32(), reviewDays.GetProperty("max").GetInt32()).ShouldBe(("Integer", 1, 60));
        reviewDays.GetProperty("description").GetString().ShouldBe("The review task of an event is due this many days after the event ends.");
        var template = (await session.Admin.GetJsonAsync<JsonElement[]>("/api/text-templates"))
            .Single(t => t.GetProperty("name").GetString() == EventsTemplateNames.RegistrationEmail);
        template.GetProperty("displayName").GetString().ShouldBe("E-mail to a registrant (registered, waiting list, seat confirmed)");
        var zh = await session.Admin.GetJsonAsync<JsonElement>(TemplateUrl + "/zh-Hans");
        zh.GetProperty("content").GetString()!.ShouldStartWith("{{recipientName}}，您好：");
    }

    [Theory]
    [InlineData(EventsSettings.ReviewDueDays, "0", 60)]
    [InlineData(EventsSettings.ReviewDueDays, "61", 60)]
    [InlineData(EventsSettings.ReviewDueDays, "seven", 60)]
    [InlineData(EventsSettings.RehearsalReminderDays, "31", 30)]
    [InlineData(EventsSettings.RehearsalReminderDays, "-1", 30)]
    public async Task A_value_outside_the_modules_rule_answers_400_on_the_field_and_changes_nothing(string name, string value, int max)
    {
        var session = await fixture.SignUpWithEventsAsync();

        var problem = await (await session.Admin.PutSettingAsync(name, value)).ReadProblemAsync(HttpStatusCode.BadRequest);

        var error = problem.GetProperty("errors").GetProperty(name).EnumerateArray().ShouldHaveSingleItem().GetString();
        error.ShouldBe($"请输入 1 到 {max} 之间的值。");
        (await SettingValueAsync(session, name)).ShouldBe(name == EventsSettings.ReviewDueDays ? "7" : "3");
    }

    [Fact]
    public async Task A_value_set_survives_switching_the_module_off_and_on()
    {
        var session = await fixture.SignUpWithEventsAsync();
        (await session.Admin.PutSettingAsync(EventsSettings.ReviewDueDays, " 10 ")).EnsureSuccessStatusCode();
        (await session.Admin.PutAsync(TemplateUrl + "/en", new { content = "Own text for {{eventName}}" })).EnsureSuccessStatusCode();

        await session.SetEventsModuleAsync(false);
        var whileOff = await SettingNamesAsync(session);
        await session.SetEventsModuleAsync(true);

        whileOff.ShouldNotContain(EventsSettings.ReviewDueDays);
        (await SettingValueAsync(session, EventsSettings.ReviewDueDays)).ShouldBe("10");
        var template = await session.Admin.GetJsonAsync<JsonElement>(TemplateUrl + "/en");
        template.GetProperty("isOverridden").GetBoolean().ShouldBeTrue();
        template.GetProperty("content").GetString().ShouldBe("Own text for {{eventName}}");
    }

    [Fact]
    public async Task The_template_preview_renders_the_sample_registrant()
    {
        var session = await fixture.SignUpWithEventsAsync();

        var preview = await session.Admin.PostJsonAsync<JsonElement>(TemplateUrl + "/en/preview", new { });

        var output = preview.GetProperty("output").GetString()!;
        output.ShouldStartWith("Hello Li Lei,\n\nyou are registered for \"Autumn product salon\".");
        output.ShouldContain("When: 2026-10-15 14:00 – 2026-10-15 17:00 (Asia/Shanghai)");
        output.ShouldContain("Your check-in code: K7Q2M9XW4R8T3V6Y1Z5A");
        output.ShouldNotContain("Online:");
    }

    private static async Task<List<string>> SettingNamesAsync(TenantSession session) =>
        [.. (await session.Admin.GetJsonAsync<JsonElement[]>("/api/settings")).Select(s => s.GetProperty("name").GetString()!)];

    private static async Task<string?> SettingValueAsync(TenantSession session, string name) =>
        (await session.Admin.GetJsonAsync<JsonElement[]>("/api/settings")).Single(s => s.GetProperty("name").GetString() == name).GetProperty("value").GetString();

    private static async Task<List<string>> TemplateNamesAsync(TenantSession session) =>
        [.. (await session.Admin.GetJsonAsync<JsonElement[]>("/api/text-templates")).Select(t => t.GetProperty("name").GetString()!)];
}

public sealed class EventsSettingsAndTemplatesTestsOnSqlite(SqliteApiFixture fixture) : EventsSettingsAndTemplatesTests(fixture), IClassFixture<SqliteApiFixture>;

public sealed class EventsSettingsAndTemplatesTestsOnPostgreSql(PostgreSqlApiFixture fixture) : EventsSettingsAndTemplatesTests(fixture), IClassFixture<PostgreSqlApiFixture>;
