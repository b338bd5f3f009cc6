using MarketingSaaS.Framework.Users;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace MarketingSaaS.Framework.AspNetCore.MultiTenancy;

/// <summary>
/// Which tenant a request names, in order: the signed-in user's claim, the sub-domain, the route
/// value, the "__tenant" header, the "__tenant" cookie. The first that names one wins.
/// </summary>
public sealed class TenantResolver(IOptions<MultiTenancyOptions> options)
{
    public (string? Value, string Source) Resolve(HttpContext context)
    {
        if (context.User.Identity?.IsAuthenticated == true)
        {
            // A signed-in user always works in the tenant of the account, whatever else the request says.
            return (context.User.FindFirst(MarketingClaimTypes.TenantId)?.Value, "claim");
        }

        var fromHost = FromSubDomain(context.Request.Host.Host);
        if (fromHost is not null)
        {
            return (fromHost, "subdomain");
        }

        if (context.GetRouteValue(MultiTenancyOptions.TenantKey) is string fromRoute && fromRoute.Length > 0)
        {
            return (fromRoute, "route");
        }

        if (context.Request.Headers.TryGetValue(MultiTenancyOptions.TenantKey, out var header) && !string.IsNullOrWhiteSpace(header))
        {
            return (header.ToString(), "header");
        }

        if (context.Request.Cookies.TryGetValue(MultiTenancyOptions.TenantKey, out var cookie) && !string.IsNullOrWhiteSpace(cookie))
        {
            return (cookie, "cookie");
        }

        return (null, "none");
    }

    private string? FromSubDomain(string host)
    {
        var baseDomain = options.Value.BaseDomain;
        if (string.IsNullOrEmpty(baseDomain) || !host.EndsWith("." + baseDomain, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var sub = host[..^(baseDomain.Length + 1)];
        return sub.Contains('.') || sub.Equals("www", StringComparison.OrdinalIgnoreCase) ? null : sub;
    }
}
