using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using MarketingSaaS.TestBase;
using MarketingSaaS.TestBase.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Shouldly;
using Xunit;

namespace MarketingSaaS.HttpApi.Tests.Portal;

/// <summary>API answers are compressed for clients that accept it, except those carrying a secret over HTTPS.</summary>
public abstract class ResponseCompressionTests(ApiFixture fixture)
{
    [Fact]
    public async Task The_signed_in_application_configuration_is_sent_with_brotli_over_https()
    {
        var session = await fixture.SignUpAsync();
        var token = await BearerTokenAsync(session.Slug);
        var http = HttpsClient(token);

        var response = await http.GetAsync("/api/application-configuration");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentEncoding.ShouldBe(["br"]);
        var compressed = await response.Content.ReadAsByteArrayAsync();
        await using var brotli = new BrotliStream(new MemoryStream(compressed), CompressionMode.Decompress);
        using var json = await JsonDocument.ParseAsync(brotli);
        json.RootElement.GetProperty("currentUser").GetProperty("userName").GetString().ShouldBe("admin");
        var plain = await fixture.Anonymous().Http.SendAsync(Get("/api/application-configuration", token, acceptEncoding: null));
        var plainLength = (await plain.Content.ReadAsByteArrayAsync()).Length;
        compressed.Length.ShouldBeLessThan(plainLength / 2, $"{compressed.Length} of {plainLength} bytes");
    }

    [Fact]
    public async Task A_sign_in_that_returns_a_bearer_token_is_not_compressed_over_https()
    {
        var session = await fixture.SignUpAsync();
        var http = HttpsClient(token: null);

        var response = await http.PostAsJsonAsync("/api/account/sign-in", new { tenant = session.Slug, userName = "admin", password = TestAccounts.AdminPassword });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentEncoding.ShouldBeEmpty();
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString().ShouldNotBeNullOrEmpty();
    }

    [Fact]
    public async Task The_two_factor_status_with_its_shared_key_is_not_compressed_over_https()
    {
        var session = await fixture.SignUpAsync();
        var http = HttpsClient(await BearerTokenAsync(session.Slug));

        var response = await http.GetAsync("/api/account/two-factor");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentEncoding.ShouldBeEmpty();
    }

    private async Task<string> BearerTokenAsync(string slug) =>
        (await fixture.Anonymous().PostJsonAsync<JsonElement>("/api/account/sign-in", new { tenant = slug, userName = "admin", password = TestAccounts.AdminPassword }))
        .GetProperty("accessToken").GetString()!;

    private HttpClient HttpsClient(string? token)
    {
        var http = fixture.Factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost") });
        http.DefaultRequestHeaders.AcceptEncoding.Add(new StringWithQualityHeaderValue("br"));
        if (token is not null)
        {
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return http;
    }

    private static HttpRequestMessage Get(string url, string token, string? acceptEncoding)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (acceptEncoding is not null)
        {
            request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(acceptEncoding));
        }

        return request;
    }
}

public sealed class ResponseCompressionTestsOnSqlite(SqliteApiFixture fixture) : ResponseCompressionTests(fixture), IClassFixture<SqliteApiFixture>;

public sealed class ResponseCompressionTestsOnPostgreSql(PostgreSqlApiFixture fixture) : ResponseCompressionTests(fixture), IClassFixture<PostgreSqlApiFixture>;
