using System.Net;
using System.Net.Http.Json;
using MarketingSaaS.TestBase.Clients;
using MarketingSaaS.TestBase.Hosting;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;

namespace MarketingSaaS.HttpApi.Tests.Account;

/// <summary>A browser-like client: keeps cookies, and sends X-XSRF-TOKEN only when asked to (as Angular does).</summary>
public sealed class CookieClient
{
    private CookieClient(HttpClient http, CookieContainer cookies)
    {
        Http = http;
        Cookies = cookies;
    }

    public HttpClient Http { get; }

    public CookieContainer Cookies { get; }

    public static CookieClient Create(ApiFixture fixture)
    {
        var cookies = new CookieContainer();
        return new CookieClient(fixture.Factory.CreateDefaultClient(new CookieContainerHandler(cookies)), cookies);
    }

    public static async Task<CookieClient> SignInAsync(ApiFixture fixture, string tenant, string userName, string password)
    {
        var client = Create(fixture);
        var response = await client.Http.PostAsJsonAsync("/api/account/sign-in", new { tenant, userName, password, useCookie = true }, ApiClient.Json);
        if (response.StatusCode != HttpStatusCode.NoContent)
        {
            throw new HttpRequestException($"Cookie sign-in answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }

        return client;
    }

    public string? Cookie(string name) => Cookies.GetCookies(Http.BaseAddress!)[name]?.Value;

    public Task<HttpResponseMessage> PostAsync(string url, object? body, bool withXsrfHeader) => SendAsync(HttpMethod.Post, url, body, withXsrfHeader);

    public Task<HttpResponseMessage> PutAsync(string url, object? body, bool withXsrfHeader) => SendAsync(HttpMethod.Put, url, body, withXsrfHeader);

    private Task<HttpResponseMessage> SendAsync(HttpMethod method, string url, object? body, bool withXsrfHeader)
    {
        var request = new HttpRequestMessage(method, url) { Content = JsonContent.Create(body, options: ApiClient.Json) };
        if (withXsrfHeader)
        {
            request.Headers.Add("X-XSRF-TOKEN", Cookie("XSRF-TOKEN") ?? throw new InvalidOperationException("There is no XSRF-TOKEN cookie."));
        }

        return Http.SendAsync(request);
    }
}
