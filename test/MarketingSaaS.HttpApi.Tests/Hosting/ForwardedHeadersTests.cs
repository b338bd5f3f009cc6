using System.Net;
using System.Net.Http.Json;
using MarketingSaaS.TestBase;
using MarketingSaaS.TestBase.Clients;
using MarketingSaaS.TestBase.Hosting;
using Shouldly;
using Xunit;

namespace MarketingSaaS.HttpApi.Tests.Hosting;

/// <summary>X-Forwarded-Proto and X-Forwarded-For count only when the request comes from a configured proxy.</summary>
public abstract class ForwardedHeadersTests(ApiFixture fixture)
{
    [Fact]
    public async Task Behind_the_known_proxy_over_https_the_auth_cookie_is_secure()
    {
        var session = await fixture.SignUpAsync();

        var response = await CookieSignInAsync(session.Slug, peer: ProxiedHost.KnownProxy);

        AuthCookie(response).ShouldContain("secure");
    }

    [Fact]
    public async Task A_forwarded_proto_from_an_unknown_peer_is_ignored()
    {
        var session = await fixture.SignUpAsync();

        var response = await CookieSignInAsync(session.Slug, peer: "192.0.2.9");

        AuthCookie(response).ShouldNotContain("secure");
    }

    [Fact]
    public async Task Behind_the_known_proxy_each_client_has_its_own_sign_in_limit()
    {
        for (var i = 0; i < ProxiedHost.SignInPerMinute; i++)
        {
            await FailedSignInAsync(peer: ProxiedHost.KnownProxy, client: "203.0.113.1");
        }

        (await FailedSignInAsync(peer: ProxiedHost.KnownProxy, client: "203.0.113.1")).StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);

        (await FailedSignInAsync(peer: ProxiedHost.KnownProxy, client: "203.0.113.2")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_forwarded_client_address_from_an_unknown_peer_is_ignored()
    {
        for (var i = 0; i < ProxiedHost.SignInPerMinute; i++)
        {
            await FailedSignInAsync(peer: "192.0.2.10", client: "203.0.113." + (10 + i));
        }

        (await FailedSignInAsync(peer: "192.0.2.10", client: "203.0.113.99")).StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
    }

    private Task<HttpResponseMessage> CookieSignInAsync(string slug, string peer)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/account/sign-in")
        {
            Content = JsonContent.Create(new { tenant = slug, userName = "admin", password = TestAccounts.AdminPassword, useCookie = true }),
        };
        request.Headers.Add(ProxiedHost.PeerHeader, peer);
        request.Headers.Add("X-Forwarded-Proto", "https");
        return fixture.Factory.CreateClient(new() { HandleCookies = false }).SendAsync(request);
    }

    private Task<HttpResponseMessage> FailedSignInAsync(string peer, string client)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/account/sign-in")
        {
            Content = JsonContent.Create(new { tenant = "no-such-company", userName = "admin", password = "Wrong@24680" }),
        };
        request.Headers.Add(ProxiedHost.PeerHeader, peer);
        request.Headers.Add("X-Forwarded-For", client);
        return fixture.Factory.CreateClient().SendAsync(request);
    }

    private static string AuthCookie(HttpResponseMessage response) =>
        response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("msaas.auth=", StringComparison.Ordinal));
}

public sealed class ForwardedHeadersTestsOnSqlite(ProxiedSqliteApiFixture fixture) : ForwardedHeadersTests(fixture), IClassFixture<ProxiedSqliteApiFixture>;

public sealed class ForwardedHeadersTestsOnPostgreSql(ProxiedPostgreSqlApiFixture fixture) : ForwardedHeadersTests(fixture), IClassFixture<ProxiedPostgreSqlApiFixture>;
