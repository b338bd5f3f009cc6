using System.Net;
using MarketingSaaS.TestBase.Hosting;
using Shouldly;
using Xunit;

namespace MarketingSaaS.HttpApi.Tests.Portal;

/// <summary>The host serves the portal's index.html for deep links, never for the API, OpenAPI or health paths.</summary>
public abstract class PortalHostingApiTests(ApiFixture fixture)
{
    [Theory]
    [InlineData("/approvals/requests/0199a1b2-0000-7000-8000-000000000000")]
    [InlineData("/org")]
    public async Task Deep_links_answer_the_portal_page(string path)
    {
        var response = await fixture.Anonymous().Http.GetAsync(path);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
        response.Headers.CacheControl!.NoCache.ShouldBeTrue();
    }

    [Theory]
    [InlineData("/api/no-such-endpoint")]
    [InlineData("/api")]
    [InlineData("/openapi/no-such-document")]
    [InlineData("/health/no-such-check")]
    [InlineData("/no-such-bundle.js")]
    public async Task Api_paths_and_missing_files_stay_404(string path)
    {
        var response = await fixture.Anonymous().Http.GetAsync(path);

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (response.Content.Headers.ContentType?.MediaType ?? "").ShouldNotBe("text/html");
    }
}

public sealed class PortalHostingApiTestsOnSqlite(SqliteApiFixture fixture) : PortalHostingApiTests(fixture), IClassFixture<SqliteApiFixture>;

public sealed class PortalHostingApiTestsOnPostgreSql(PostgreSqlApiFixture fixture) : PortalHostingApiTests(fixture), IClassFixture<PostgreSqlApiFixture>;
