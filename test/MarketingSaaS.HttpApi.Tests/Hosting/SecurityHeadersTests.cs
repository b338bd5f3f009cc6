using System.Net;
using MarketingSaaS.Security;
using MarketingSaaS.TestBase.Hosting;
using Shouldly;
using Xunit;

namespace MarketingSaaS.HttpApi.Tests.Hosting;

/// <summary>The portal's documents carry the policy, framing and referrer headers; every answer carries nosniff.</summary>
public abstract class SecurityHeadersTests(ApiFixture fixture)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/events/register/some-event")]
    public async Task A_portal_document_carries_every_security_header(string path)
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

    [Theory]
    [InlineData("/api/application-configuration")]
    [InlineData("/api/no-such-endpoint")]
    [InlineData("/health/live")]
    public async Task Any_other_answer_carries_nosniff_only(string path)
    {
        var response = await fixture.Anonymous().GetAsync(path);

        SecurityHeaders(response).ShouldBe(new Dictionary<string, string>
        {
            ["Content-Security-Policy"] = "(missing)",
            ["X-Content-Type-Options"] = "nosniff",
            ["X-Frame-Options"] = "(missing)",
            ["Referrer-Policy"] = "(missing)",
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
