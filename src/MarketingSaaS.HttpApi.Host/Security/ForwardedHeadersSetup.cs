using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace MarketingSaaS.Security;

/// <summary>
/// X-Forwarded-For and X-Forwarded-Proto are honoured only from the proxies named in "ForwardedHeaders:KnownProxies"
/// (addresses) and "ForwardedHeaders:KnownNetworks" (CIDR). Without either, the headers are ignored: ASP.NET Core
/// would otherwise trust them from anyone once its loopback defaults are cleared.
/// </summary>
public static class ForwardedHeadersSetup
{
    public const string Section = "ForwardedHeaders";

    public static IServiceCollection AddTrustedForwardedHeaders(this IServiceCollection services, IConfiguration configuration)
    {
        var proxies = configuration.GetSection($"{Section}:KnownProxies").Get<string[]>() ?? [];
        var networks = configuration.GetSection($"{Section}:KnownNetworks").Get<string[]>() ?? [];
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            foreach (var proxy in proxies)
            {
                o.KnownProxies.Add(IPAddress.Parse(proxy));
            }

            foreach (var network in networks)
            {
                o.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }

            // Each hop is checked against the known proxies, so a chain of them (CDN, load balancer) is walked back to the client.
            o.ForwardLimit = null;
        });
        return services;
    }

    public static bool HasTrustedProxies(IConfiguration configuration) =>
        configuration.GetSection($"{Section}:KnownProxies").GetChildren().Any() || configuration.GetSection($"{Section}:KnownNetworks").GetChildren().Any();
}
