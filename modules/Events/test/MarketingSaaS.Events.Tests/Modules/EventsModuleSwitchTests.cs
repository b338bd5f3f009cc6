using System.Net;
using System.Text.Json;
using MarketingSaaS.Events.Tests.MarketingEvents;
using MarketingSaaS.TestBase.Clients;
using MarketingSaaS.TestBase.Hosting;
using Shouldly;
using Xunit;

namespace MarketingSaaS.Events.Tests.Modules;

/// <summary>The module switch "Modules.Events": off → 403 with a clear message and no menu or permissions; data stays.</summary>
public abstract class EventsModuleSwitchTests(ApiFixture fixture)
{
    [Fact]
    public async Task A_new_company_has_the_module_off_and_its_endpoints_answer_403_module_not_enabled()
    {
        var session = await fixture.SignUpAsync();
        session.Admin.Http.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");

        var problem = await (await session.Admin.GetAsync("/api/events")).ReadProblemAsync(HttpStatusCode.Forbidden);

        problem.GetProperty("code").GetString().ShouldBe("Framework:ModuleNotEnabled");
        problem.GetProperty("title").GetString().ShouldBe("The Events module is not switched on for your company. An administrator can switch it on under Modules; your data is kept.");
        (await session.Admin.PostAsync("/api/events", MarketingEventRequests.Create(Guid.NewGuid()))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task The_message_is_in_the_callers_language()
    {
        var session = await fixture.SignUpAsync();
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/events");
        request.Headers.AcceptLanguage.ParseAdd("zh-CN");

        var problem = await (await session.Admin.Http.SendAsync(request)).ReadProblemAsync(HttpStatusCode.Forbidden);

        problem.GetProperty("title").GetString().ShouldBe("您的企业尚未启用“市场活动”功能模块。管理员可在“功能模块”中启用，已有数据会保留。");
    }

    [Fact]
    public async Task Switched_off_the_data_stays_and_switched_on_again_it_is_back()
    {
        var session = await fixture.SignUpWithEventsAsync();
        var created = await session.Admin.PostJsonAsync<JsonElement>("/api/events", MarketingEventRequests.Create(await session.CreateUnitAsync(), "Kept"));

        await session.SetEventsModuleAsync(false);
        await (await session.Admin.GetAsync($"/api/events/{created.GetProperty("id").GetGuid()}")).ReadProblemAsync(HttpStatusCode.Forbidden);
        await session.SetEventsModuleAsync(true);

        var again = await session.Admin.GetJsonAsync<JsonElement>($"/api/events/{created.GetProperty("id").GetGuid()}");
        again.GetProperty("name").GetString().ShouldBe("Kept");
    }

    [Fact]
    public async Task Application_configuration_tells_the_portal_whether_the_module_is_on()
    {
        var session = await fixture.SignUpAsync();

        var off = await session.Admin.GetJsonAsync<JsonElement>("/api/application-configuration");
        await session.SetEventsModuleAsync(true);
        var on = await session.Admin.GetJsonAsync<JsonElement>("/api/application-configuration");

        off.GetProperty("features").GetProperty(EventsFeatures.Enable).GetString().ShouldBe("false");
        GrantedPermissions(off).ShouldNotContain(EventsPermissions.MarketingEvents.Default);
        on.GetProperty("features").GetProperty(EventsFeatures.Enable).GetString().ShouldBe("true");
        GrantedPermissions(on).ShouldContain(EventsPermissions.MarketingEvents.Default);
    }

    [Fact]
    public async Task Switching_the_module_on_affects_only_that_company()
    {
        var a = await fixture.SignUpWithEventsAsync();
        var b = await fixture.SignUpAsync();

        (await a.Admin.GetAsync("/api/events")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await b.Admin.GetAsync("/api/events")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    private static List<string> GrantedPermissions(JsonElement configuration) =>
        [.. configuration.GetProperty("grantedPermissions").EnumerateArray().Select(p => p.GetString()!)];
}

public sealed class EventsModuleSwitchTestsOnSqlite(SqliteApiFixture fixture) : EventsModuleSwitchTests(fixture), IClassFixture<SqliteApiFixture>;

public sealed class EventsModuleSwitchTestsOnPostgreSql(PostgreSqlApiFixture fixture) : EventsModuleSwitchTests(fixture), IClassFixture<PostgreSqlApiFixture>;
