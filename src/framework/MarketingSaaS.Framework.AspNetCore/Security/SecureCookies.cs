using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace MarketingSaaS.Framework.AspNetCore.Security;

/// <summary>
/// Cookies are always Secure in Production; elsewhere they follow the request's scheme (plain-HTTP development and
/// tests). Behind a TLS-terminating proxy the scheme is the forwarded one (see docs/security.md, "Proxies").
/// </summary>
public static class SecureCookies
{
    public static CookieSecurePolicy Policy(IHostEnvironment environment) =>
        environment.IsProduction() ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;

    public static bool IsSecure(HttpContext context) =>
        context.Request.IsHttps || context.RequestServices.GetRequiredService<IHostEnvironment>().IsProduction();
}
