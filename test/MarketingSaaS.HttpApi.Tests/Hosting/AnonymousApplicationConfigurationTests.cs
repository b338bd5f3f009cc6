using System.Text.Json;
using MarketingSaaS.TestBase.Clients;
using MarketingSaaS.TestBase.Hosting;
using Shouldly;
using Xunit;

namespace MarketingSaaS.HttpApi.Tests.Hosting;

/// <summary>A company's slug tells a stranger only what its sign-in page shows.</summary>
public abstract class AnonymousApplicationConfigurationTests(ApiFixture fixture)
{
    [Fact]
    public async Task An_anonymous_caller_gets_the_display_name_logo_and_languages_but_no_id_modules_or_settings()
    {
        var session = await fixture.SignUpAsync();
        (await session.Admin.PutAsync("/api/settings", new { values = new Dictionary<string, string?> { ["Platform.Culture"] = "en" } })).EnsureSuccessStatusCode();

        var config = await fixture.Anonymous(session.Slug).GetJsonAsync<JsonElement>("/api/application-configuration");

        var tenant = config.GetProperty("currentTenant");
        tenant.GetProperty("isAvailable").GetBoolean().ShouldBeTrue();
        tenant.GetProperty("displayName").GetString().ShouldBe("Company " + session.Slug);
        tenant.GetProperty("id").ValueKind.ShouldBe(JsonValueKind.Null);
        config.GetProperty("grantedPermissions").GetArrayLength().ShouldBe(0);
        config.GetProperty("features").EnumerateObject().ShouldBeEmpty();
        config.GetProperty("settings").EnumerateObject().Select(s => s.Name).ShouldBe(["Platform.CompanyLogo", "Platform.Culture"], ignoreOrder: true);
        config.GetProperty("settings").GetProperty("Platform.Culture").GetString().ShouldBe("en");
        config.GetProperty("localization").GetProperty("languages").EnumerateArray().Select(l => l.GetString()).ShouldBe(["zh-Hans", "en"]);
    }

    [Fact]
    public async Task A_signed_in_user_still_gets_the_company_id_modules_and_settings()
    {
        var session = await fixture.SignUpAsync();

        var config = await session.Admin.GetJsonAsync<JsonElement>("/api/application-configuration");

        config.GetProperty("currentTenant").GetProperty("id").GetGuid().ShouldNotBe(Guid.Empty);
        config.GetProperty("features").EnumerateObject().Select(f => f.Name).ShouldContain("Modules.Events");
        config.GetProperty("settings").EnumerateObject().Select(s => s.Name).ShouldContain("Platform.Currency");
    }
}

public sealed class AnonymousApplicationConfigurationTestsOnSqlite(SqliteApiFixture fixture) : AnonymousApplicationConfigurationTests(fixture), IClassFixture<SqliteApiFixture>;

public sealed class AnonymousApplicationConfigurationTestsOnPostgreSql(PostgreSqlApiFixture fixture) : AnonymousApplicationConfigurationTests(fixture), IClassFixture<PostgreSqlApiFixture>;
