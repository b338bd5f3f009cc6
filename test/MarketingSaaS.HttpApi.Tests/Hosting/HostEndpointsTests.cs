using System.Net;
using System.Text.Json;
using MarketingSaaS.TestBase.Clients;
using MarketingSaaS.TestBase.Hosting;
using Shouldly;
using Xunit;

namespace MarketingSaaS.HttpApi.Tests.Hosting;

public abstract class HostEndpointsTests(ApiFixture fixture)
{
    [Fact]
    public async Task Health_endpoints_answer_and_ready_checks_the_database()
    {
        var client = fixture.Anonymous();

        (await client.GetAsync("/health/live")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var ready = await client.GetAsync("/health/ready");
        ready.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await ready.Content.ReadAsStringAsync()).ShouldBe("Healthy");
    }

    [Fact]
    public async Task The_openapi_document_needs_sign_in_outside_development()
    {
        (await fixture.Anonymous().GetAsync("/openapi/v1.json")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task The_openapi_document_lists_the_api()
    {
        var document = await (await fixture.SignUpAsync()).Admin.GetJsonAsync<JsonElement>("/openapi/v1.json");

        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        paths.ShouldContain("/api/application-configuration");
        paths.ShouldContain("/api/account/sign-up");
        paths.ShouldContain("/api/account/sign-in");
    }

    [Fact]
    public async Task The_openapi_document_describes_strings_dates_and_enums_as_the_json_converters_read_them()
    {
        var schemas = (await (await fixture.SignUpAsync()).Admin.GetJsonAsync<JsonElement>("/openapi/v1.json")).GetProperty("components").GetProperty("schemas");

        var start = schemas.GetProperty("StartProcessDto").GetProperty("properties");
        var until = schemas.GetProperty("CreateApprovalDelegationDto").GetProperty("properties").GetProperty("until");
        var riskTiers = schemas.GetProperty("RiskTier").GetProperty("enum").EnumerateArray().Select(e => e.GetString());

        start.GetProperty("name").GetProperty("type").GetString().ShouldBe("string");
        (start.GetProperty("startDate").GetProperty("type").GetString(), start.GetProperty("startDate").GetProperty("format").GetString()).ShouldBe(("string", "date"));
        until.GetProperty("type").EnumerateArray().Select(t => t.GetString()).ShouldBe(["null", "string"]);
        until.GetProperty("format").GetString().ShouldBe("date-time");
        riskTiers.ShouldContain("Strategic");
        var configuration = schemas.GetProperty("ApplicationConfigurationDto").GetProperty("properties");
        configuration.GetProperty("grantedPermissions").GetProperty("items").GetProperty("type").GetString().ShouldBe("string");
        configuration.GetProperty("settings").GetProperty("additionalProperties").GetProperty("type").EnumerateArray().Select(t => t.GetString()).ShouldBe(["null", "string"]);
    }

    [Fact]
    public async Task Application_configuration_names_the_requested_culture_and_ships_no_server_texts()
    {
        var english = fixture.Anonymous();
        english.Http.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-US");
        var chinese = fixture.Anonymous();
        chinese.Http.DefaultRequestHeaders.AcceptLanguage.ParseAdd("zh-CN");

        var en = await english.GetJsonAsync<JsonElement>("/api/application-configuration");
        var zh = await chinese.GetJsonAsync<JsonElement>("/api/application-configuration");

        en.GetProperty("localization").GetProperty("currentCulture").GetString().ShouldBe("en");
        zh.GetProperty("localization").GetProperty("currentCulture").GetString().ShouldBe("zh-CN");
        en.GetProperty("localization").TryGetProperty("texts", out _).ShouldBeFalse();
        en.GetProperty("currentUser").GetProperty("isAuthenticated").GetBoolean().ShouldBeFalse();
        en.GetProperty("grantedPermissions").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task An_admin_gets_tenant_administration_but_no_host_permission()
    {
        var session = await fixture.SignUpAsync();

        var config = await session.Admin.GetJsonAsync<JsonElement>("/api/application-configuration");

        var granted = config.GetProperty("grantedPermissions").EnumerateArray().Select(p => p.GetString()).ToList();
        granted.ShouldContain("Administration.Settings");
        granted.ShouldNotContain("Host.Tenants", "host-side permissions are never granted inside a tenant");
    }
}

public sealed class HostEndpointsTestsOnSqlite(SqliteApiFixture fixture) : HostEndpointsTests(fixture), IClassFixture<SqliteApiFixture>;

public sealed class HostEndpointsTestsOnPostgreSql(PostgreSqlApiFixture fixture) : HostEndpointsTests(fixture), IClassFixture<PostgreSqlApiFixture>;
