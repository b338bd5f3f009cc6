using System.Net;
using System.Text.Json;
using MarketingSaaS.Events.TextTemplates;
using MarketingSaaS.TestBase.Clients;
using MarketingSaaS.TestBase.Hosting;
using Shouldly;
using Xunit;

namespace MarketingSaaS.Events.Tests.Modules;

/// <summary>The module registers its approval business type and its document template under its own names, with its own texts.</summary>
public abstract class EventsOwnedNamesTests(ApiFixture fixture)
{
    [Theory]
    [InlineData("en", "Event")]
    [InlineData("zh-Hans", "活动")]
    public async Task The_event_business_type_is_listed_with_the_modules_display_name(string culture, string displayName)
    {
        var session = await fixture.SignUpWithEventsAsync();
        session.Admin.Http.DefaultRequestHeaders.AcceptLanguage.ParseAdd(culture);

        var types = await session.Admin.GetJsonAsync<JsonElement[]>("/api/approvals/business-types");

        types.Single(t => t.GetProperty("name").GetString() == "Events.Event").GetProperty("displayName").GetString().ShouldBe(displayName);
    }

    [Fact]
    public async Task The_event_plan_skeleton_is_the_modules_template_while_the_module_is_on()
    {
        var session = await fixture.SignUpAsync();
        var url = $"/api/text-templates/{EventsTemplateNames.EventPlan}/zh-Hans/preview";
        await (await session.Admin.PostAsync(url, new { })).ShouldBeProblemAsync(HttpStatusCode.NotFound, "Framework:TemplateNotFound");

        var on = await fixture.SignUpWithEventsAsync();
        var preview = await on.Admin.PostJsonAsync<JsonElement>(url, new { });

        preview.GetProperty("output").GetString()!.ShouldContain("## 一、活动背景与目标");
    }
}

public sealed class EventsOwnedNamesTestsOnSqlite(SqliteApiFixture fixture) : EventsOwnedNamesTests(fixture), IClassFixture<SqliteApiFixture>;

public sealed class EventsOwnedNamesTestsOnPostgreSql(PostgreSqlApiFixture fixture) : EventsOwnedNamesTests(fixture), IClassFixture<PostgreSqlApiFixture>;
