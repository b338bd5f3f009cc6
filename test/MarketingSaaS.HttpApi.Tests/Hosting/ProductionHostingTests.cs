using System.Net;
using System.Net.Http.Json;
using MarketingSaaS.TestBase;
using MarketingSaaS.TestBase.Clients;
using MarketingSaaS.TestBase.Hosting;
using Shouldly;
using Xunit;

namespace MarketingSaaS.HttpApi.Tests.Hosting;

/// <summary>The host in the Production environment: HSTS over HTTPS, Secure cookies, and no Server header from Kestrel.</summary>
public abstract class ProductionHostingTests(ApiFixture fixture)
{
    [Fact]
    public async Task Production_sends_hsts_over_https()
    {
        await using var host = ProductionHost();
        var client = host.CreateClient(new() { BaseAddress = new Uri("https://marketing.example") });

        var response = await client.GetAsync("/health/live");

        response.Headers.GetValues("Strict-Transport-Security").Single().ShouldBe("max-age=31536000");
    }

    [Fact]
    public async Task Production_marks_the_auth_cookie_secure_even_on_a_plain_http_request()
    {
        var session = await fixture.SignUpAsync();
        await using var host = ProductionHost();
        var client = host.CreateClient(new() { HandleCookies = false });

        var response = await client.PostAsJsonAsync("/api/account/sign-in", new { tenant = session.Slug, userName = "admin", password = TestAccounts.AdminPassword, useCookie = true });

        response.StatusCode.ShouldBe(HttpStatusCode.NoContent, await response.Content.ReadAsStringAsync());
        response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("msaas.auth=", StringComparison.Ordinal)).ShouldContain("secure");
    }

    [Fact]
    public async Task Kestrel_sends_no_server_header()
    {
        await using var host = new MarketingApiFactory(fixture.Database);
        host.UseKestrel(0);
        host.StartServer();
        using var client = new HttpClient { BaseAddress = host.ClientOptions.BaseAddress };

        var response = await client.GetAsync("/health/live");

        response.Headers.Server.ShouldBeEmpty();
    }

    private MarketingApiFactory ProductionHost() =>
        new(fixture.Database, new Dictionary<string, string?> { ["environment"] = "Production" });
}

public sealed class ProductionHostingTestsOnSqlite(SqliteApiFixture fixture) : ProductionHostingTests(fixture), IClassFixture<SqliteApiFixture>;

public sealed class ProductionHostingTestsOnPostgreSql(PostgreSqlApiFixture fixture) : ProductionHostingTests(fixture), IClassFixture<PostgreSqlApiFixture>;
