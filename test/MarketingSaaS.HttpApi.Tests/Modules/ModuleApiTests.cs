using System.Net;
using System.Text.Json;
using MarketingSaaS.HttpApi.Tests.Identity;
using MarketingSaaS.TestBase.Clients;
using MarketingSaaS.TestBase.Hosting;
using Shouldly;
using Xunit;

namespace MarketingSaaS.HttpApi.Tests.Modules;

public abstract class ModuleApiTests(ApiFixture fixture)
{
    [Fact]
    public async Task Only_module_switches_are_listed_with_their_default_state()
    {
        var session = await fixture.SignUpAsync();

        var modules = ToStates(await session.Admin.GetJsonAsync<JsonElement>("/api/modules"));

        // The host also composes real modules (e.g. Modules.Events, off by default); only module switches are listed.
        modules.Keys.ShouldAllBe(name => name.StartsWith("Modules.", StringComparison.Ordinal));
        modules.Where(m => m.Key.StartsWith("Modules.Test", StringComparison.Ordinal)).ToDictionary()
            .ShouldBe(new Dictionary<string, bool> { [TestModuleFeatures.Archive] = true, [TestModuleFeatures.Dashboards] = false, [TestModuleFeatures.Reports] = false });
        modules.Where(m => !m.Key.StartsWith("Modules.Test", StringComparison.Ordinal)).ShouldAllBe(m => !m.Value);
    }

    [Fact]
    public async Task A_switched_off_module_answers_403_and_works_once_switched_on()
    {
        var session = await fixture.SignUpAsync();
        await (await session.Admin.GetAsync(TestModuleFeatures.ReportsUrl)).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "Framework:ModuleNotEnabled");

        var on = await (await session.Admin.PutAsync($"/api/modules/{TestModuleFeatures.Reports}", new { isEnabled = true })).ReadAsAsync<JsonElement>();

        on.GetProperty("isEnabled").GetBoolean().ShouldBeTrue();
        (await session.Admin.GetAsync(TestModuleFeatures.ReportsUrl)).StatusCode.ShouldBe(HttpStatusCode.OK);
        ToStates(await session.Admin.GetJsonAsync<JsonElement>("/api/modules"))[TestModuleFeatures.Reports].ShouldBeTrue();
        (await session.Admin.GetJsonAsync<JsonElement>("/api/application-configuration")).GetProperty("features").GetProperty(TestModuleFeatures.Reports).GetString().ShouldBe("true");

        await session.Admin.PutAsync($"/api/modules/{TestModuleFeatures.Reports}", new { isEnabled = false });

        await (await session.Admin.GetAsync(TestModuleFeatures.ReportsUrl)).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "Framework:ModuleNotEnabled");
    }

    [Fact]
    public async Task A_company_on_an_edition_can_switch_on_only_the_modules_its_edition_offers()
    {
        var session = await fixture.SignUpAsync();
        var host = await HostAdmin.SignInAsync(fixture);
        var edition = await host.PostJsonAsync<JsonElement>("/api/host/editions", new { name = "Basic " + session.Slug });
        var editionId = edition.GetProperty("id").GetGuid();
        (await host.PutAsync($"/api/host/editions/{editionId}/features", new { features = new[] { new { name = TestModuleFeatures.Reports, value = "false" } } })).EnsureSuccessStatusCode();
        (await host.PutAsync($"/api/host/tenants/{session.TenantId}/edition", new { editionId })).EnsureSuccessStatusCode();

        var refused = await session.Admin.PutAsync($"/api/modules/{TestModuleFeatures.Reports}", new { isEnabled = true });

        await refused.ShouldBeProblemAsync((HttpStatusCode)422, "MarketingSaaS:ModuleNotInEdition");
        await (await session.Admin.GetAsync(TestModuleFeatures.ReportsUrl)).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "Framework:ModuleNotEnabled");
        (await host.PutAsync($"/api/host/editions/{editionId}/features", new { features = new[] { new { name = TestModuleFeatures.Reports, value = "true" } } })).EnsureSuccessStatusCode();
        (await session.Admin.PutAsync($"/api/modules/{TestModuleFeatures.Reports}", new { isEnabled = true })).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task The_list_names_what_each_module_requires_and_works_with()
    {
        var session = await fixture.SignUpAsync();

        var dashboards = (await session.Admin.GetJsonAsync<JsonElement>("/api/modules")).EnumerateArray()
            .Single(m => m.GetProperty("name").GetString() == TestModuleFeatures.Dashboards);

        dashboards.GetProperty("requires").EnumerateArray().Select(r => r.GetString()).ShouldBe([TestModuleFeatures.Reports]);
        dashboards.GetProperty("worksWith").EnumerateArray().Select(r => r.GetString()).ShouldBe([TestModuleFeatures.Archive]);
    }

    [Fact]
    public async Task A_module_cannot_be_switched_on_before_the_module_it_requires()
    {
        var session = await fixture.SignUpAsync();

        var refused = await session.Admin.PutAsync($"/api/modules/{TestModuleFeatures.Dashboards}", new { isEnabled = true });

        await refused.ShouldBeProblemAsync((HttpStatusCode)422, "MarketingSaaS:ModuleRequiresModule");
        ToStates(await session.Admin.GetJsonAsync<JsonElement>("/api/modules"))[TestModuleFeatures.Dashboards].ShouldBeFalse();
        (await session.Admin.PutAsync($"/api/modules/{TestModuleFeatures.Reports}", new { isEnabled = true })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await session.Admin.PutAsync($"/api/modules/{TestModuleFeatures.Dashboards}", new { isEnabled = true })).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_required_module_cannot_be_switched_off_while_a_module_that_needs_it_is_on()
    {
        var session = await fixture.SignUpAsync();
        (await session.Admin.PutAsync($"/api/modules/{TestModuleFeatures.Reports}", new { isEnabled = true })).EnsureSuccessStatusCode();
        (await session.Admin.PutAsync($"/api/modules/{TestModuleFeatures.Dashboards}", new { isEnabled = true })).EnsureSuccessStatusCode();

        var refused = await session.Admin.PutAsync($"/api/modules/{TestModuleFeatures.Reports}", new { isEnabled = false });

        await refused.ShouldBeProblemAsync((HttpStatusCode)422, "MarketingSaaS:ModuleRequiredByModule");
        ToStates(await session.Admin.GetJsonAsync<JsonElement>("/api/modules"))[TestModuleFeatures.Reports].ShouldBeTrue();
        (await session.Admin.PutAsync($"/api/modules/{TestModuleFeatures.Dashboards}", new { isEnabled = false })).EnsureSuccessStatusCode();
        (await session.Admin.PutAsync($"/api/modules/{TestModuleFeatures.Reports}", new { isEnabled = false })).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_module_on_by_default_can_be_switched_off()
    {
        var session = await fixture.SignUpAsync();

        await session.Admin.PutAsync($"/api/modules/{TestModuleFeatures.Archive}", new { isEnabled = false });

        ToStates(await session.Admin.GetJsonAsync<JsonElement>("/api/modules"))[TestModuleFeatures.Archive].ShouldBeFalse();
    }

    [Fact]
    public async Task Switching_a_module_affects_only_that_company()
    {
        var a = await fixture.SignUpAsync();
        var b = await fixture.SignUpAsync();

        await a.Admin.PutAsync($"/api/modules/{TestModuleFeatures.Reports}", new { isEnabled = true });

        (await a.Admin.GetAsync(TestModuleFeatures.ReportsUrl)).StatusCode.ShouldBe(HttpStatusCode.OK);
        await (await b.Admin.GetAsync(TestModuleFeatures.ReportsUrl)).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "Framework:ModuleNotEnabled");
        ToStates(await b.Admin.GetJsonAsync<JsonElement>("/api/modules"))[TestModuleFeatures.Reports].ShouldBeFalse();
    }

    [Fact]
    public async Task Unknown_modules_and_other_features_are_rule_violations()
    {
        var session = await fixture.SignUpAsync();

        var unknown = await session.Admin.PutAsync("/api/modules/Modules.NoSuchModule", new { isEnabled = true });
        var notAModule = await session.Admin.PutAsync("/api/modules/Platform.MaxUserCount", new { isEnabled = true });

        await unknown.ShouldBeProblemAsync((HttpStatusCode)422, "MarketingSaaS:UnknownFeature");
        await notAModule.ShouldBeProblemAsync((HttpStatusCode)422, "MarketingSaaS:UnknownFeature");
    }

    [Fact]
    public async Task Staff_without_grants_cannot_see_or_switch_modules()
    {
        var session = await fixture.SignUpAsync();
        var staff = await session.CreateStaffClientAsync();

        await (await staff.GetAsync("/api/modules")).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "Framework:PermissionDenied");
        await (await staff.PutAsync($"/api/modules/{TestModuleFeatures.Reports}", new { isEnabled = true })).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "Framework:PermissionDenied");
        await (await session.Admin.GetAsync(TestModuleFeatures.ReportsUrl)).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "Framework:ModuleNotEnabled");
    }

    private static Dictionary<string, bool> ToStates(JsonElement modules) =>
        modules.EnumerateArray().ToDictionary(m => m.GetProperty("name").GetString()!, m => m.GetProperty("isEnabled").GetBoolean());
}

public sealed class ModuleApiTestsOnSqlite(SqliteModuleApiFixture fixture) : ModuleApiTests(fixture), IClassFixture<SqliteModuleApiFixture>;

public sealed class ModuleApiTestsOnPostgreSql(PostgreSqlModuleApiFixture fixture) : ModuleApiTests(fixture), IClassFixture<PostgreSqlModuleApiFixture>;
