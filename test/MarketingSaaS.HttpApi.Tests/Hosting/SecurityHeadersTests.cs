using System.Net;
using MarketingSaaS.Security;
using MarketingSaaS.TestBase.Hosting;
using Shouldly;
using Xunit;

namespace MarketingSaaS.HttpApi.Tests.Hosting;

/// <summary>The portal, its deep links, the API and error answers all carry the same security headers.</summary>
public abstract class SecurityHeadersTests(ApiFixture fixture)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/events/register/some-event")]
    [InlineData("/api/application-configuration")]
    [InlineData("/api/no-such-endpoint")]
    [InlineData("/health/live")]
    public async Task Every_answer_carries_the_security_headers(string path)
    {
        var response = await fixture.Anonymous().GetAsync(path);

        SecurityHeaders(response).ShouldBe(new Dictionary<string, string>
        {
            ["Content-Security-Policy"] = SecurityHeadersMiddleware.ContentSecurityPolicy,
            ["X-Content-Type-Options"] = "nosniff",
            ["X-Frame-Options"] = "DENY",
            ["Referrer-Policy"] = "strict-origin-when-cross-origin",
        });
    }

    [Fact]
    public void The_policy_allows_scripts_only_from_the_portals_own_files_and_no_framing() =>
        SecurityHeadersMiddleware.ContentSecurityPolicy.Split("; ").ShouldContain("script-src 'self'");

    [Fact]
    public async Task Outside_production_there_is_no_hsts()
    {
        var client = fixture.Factory.CreateClient(new() { BaseAddress = new Uri("https://marketing.example") });

        var response = await client.GetAsync("/health/live");

        response.Headers.Contains("Strict-Transport-Security").ShouldBeFalse();
    }

    private static Dictionary<string, string> SecurityHeaders(HttpResponseMessage response) =>
        new[] { "Content-Security-Policy", "X-Content-Type-Options", "X-Frame-Options", "Referrer-Policy" }
            .ToDictionary(name => name, name => response.Headers.TryGetValues(name, out var values) ? string.Join(",", values) : "(missing)");
}

public sealed class SecurityHeadersTestsOnSqlite(SqliteApiFixture fixture) : SecurityHeadersTests(fixture), IClassFixture<SqliteApiFixture>;

public sealed class SecurityHeadersTestsOnPostgreSql(PostgreSqlApiFixture fixture) : SecurityHeadersTests(fixture), IClassFixture<PostgreSqlApiFixture>;
