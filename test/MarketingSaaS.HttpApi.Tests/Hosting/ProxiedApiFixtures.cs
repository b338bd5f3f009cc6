using System.Net;
using MarketingSaaS.TestBase.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace MarketingSaaS.HttpApi.Tests.Hosting;

/// <summary>
/// A host behind one known proxy (10.0.0.5) with a low sign-in limit. The test server has no TCP peer, so a test
/// names the peer's address in the X-Test-Peer header, which a middleware in front of the host's pipeline applies.
/// </summary>
public static class ProxiedHost
{
    public const string KnownProxy = "10.0.0.5";
    public const string PeerHeader = "X-Test-Peer";
    public const int SignInPerMinute = 3;

    public static readonly IReadOnlyDictionary<string, string?> Settings = new Dictionary<string, string?>
    {
        ["ForwardedHeaders:KnownProxies:0"] = KnownProxy,
        ["RateLimits:SignInPerMinute"] = SignInPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    public static void AddTestPeer(IServiceCollection services) => services.AddSingleton<IStartupFilter, TestPeerStartupFilter>();

    private sealed class TestPeerStartupFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                if (IPAddress.TryParse(context.Request.Headers[PeerHeader], out var peer))
                {
                    context.Connection.RemoteIpAddress = peer;
                }

                return nextMiddleware(context);
            });
            next(app);
        };
    }
}

public sealed class ProxiedSqliteApiFixture : SqliteApiFixture
{
    protected override IReadOnlyDictionary<string, string?>? Settings => ProxiedHost.Settings;

    protected override void ConfigureServices(IServiceCollection services) => ProxiedHost.AddTestPeer(services);
}

public sealed class ProxiedPostgreSqlApiFixture : PostgreSqlApiFixture
{
    protected override IReadOnlyDictionary<string, string?>? Settings => ProxiedHost.Settings;

    protected override void ConfigureServices(IServiceCollection services) => ProxiedHost.AddTestPeer(services);
}
