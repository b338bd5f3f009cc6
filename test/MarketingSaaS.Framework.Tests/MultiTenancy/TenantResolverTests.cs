using System.Security.Claims;
using MarketingSaaS.Framework.AspNetCore.MultiTenancy;
using MarketingSaaS.Framework.Users;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Shouldly;
using Xunit;

namespace MarketingSaaS.Framework.Tests.MultiTenancy;

public sealed class TenantResolverTests
{
    private readonly TenantResolver _resolver = new(Options.Create(new MultiTenancyOptions { BaseDomain = "localhost" }));

    [Fact]
    public void The_claim_wins_over_everything_else()
    {
        var context = Request(claim: "from-claim", host: "sub.localhost", route: "from-route", header: "from-header", cookie: "from-cookie");

        _resolver.Resolve(context).ShouldBe(("from-claim", "claim"));
    }

    [Fact]
    public void A_signed_in_user_without_a_tenant_claim_is_on_the_host_side_whatever_the_request_says()
    {
        var context = Request(host: "sub.localhost", header: "from-header");
        context.User = new ClaimsPrincipal(new ClaimsIdentity([new Claim(MarketingClaimTypes.UserId, Guid.NewGuid().ToString())], "test"));

        _resolver.Resolve(context).Value.ShouldBeNull();
    }

    [Fact]
    public void The_sub_domain_wins_over_route_header_and_cookie()
    {
        _resolver.Resolve(Request(host: "sub.localhost", route: "from-route", header: "from-header", cookie: "from-cookie"))
            .ShouldBe(("sub", "subdomain"));
    }

    [Fact]
    public void The_route_wins_over_header_and_cookie()
    {
        _resolver.Resolve(Request(route: "from-route", header: "from-header", cookie: "from-cookie")).ShouldBe(("from-route", "route"));
    }

    [Fact]
    public void The_header_wins_over_the_cookie()
    {
        _resolver.Resolve(Request(header: "from-header", cookie: "from-cookie")).ShouldBe(("from-header", "header"));
    }

    [Fact]
    public void The_cookie_is_the_last_resort()
    {
        _resolver.Resolve(Request(cookie: "from-cookie")).ShouldBe(("from-cookie", "cookie"));
    }

    [Fact]
    public void Nothing_names_no_tenant()
    {
        _resolver.Resolve(Request()).ShouldBe((null, "none"));
    }

    [Fact]
    public void A_blank_header_is_ignored()
    {
        _resolver.Resolve(Request(header: "  ", cookie: "from-cookie")).ShouldBe(("from-cookie", "cookie"));
    }

    [Theory]
    [InlineData("acme.localhost", "acme")]
    [InlineData("ACME.LocalHost", "ACME")]
    [InlineData("www.localhost", null)]
    [InlineData("a.b.localhost", null)]
    [InlineData("localhost", null)]
    [InlineData("acme.otherlocalhost", null)]
    [InlineData("acme.example.com", null)]
    public void The_sub_domain_is_one_label_directly_under_the_base_domain(string host, string? expected)
    {
        _resolver.Resolve(Request(host: host)).Value.ShouldBe(expected);
    }

    [Fact]
    public void Without_a_base_domain_the_host_name_names_no_tenant()
    {
        var resolver = new TenantResolver(Options.Create(new MultiTenancyOptions()));

        resolver.Resolve(Request(host: "acme.localhost")).Value.ShouldBeNull();
    }

    private static DefaultHttpContext Request(string? claim = null, string host = "localhost", string? route = null, string? header = null, string? cookie = null)
    {
        var context = new DefaultHttpContext();
        context.Request.Host = new HostString(host, 5000);
        if (claim is not null)
        {
            context.User = new ClaimsPrincipal(new ClaimsIdentity([new Claim(MarketingClaimTypes.TenantId, claim)], "test"));
        }

        if (route is not null)
        {
            context.Request.RouteValues[MultiTenancyOptions.TenantKey] = route;
        }

        if (header is not null)
        {
            context.Request.Headers[MultiTenancyOptions.TenantKey] = header;
        }

        if (cookie is not null)
        {
            context.Request.Headers.Cookie = $"{MultiTenancyOptions.TenantKey}={cookie}";
        }

        return context;
    }
}
