using MarketingSaaS.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace MarketingSaaS.HostAccount;

public static class HostCookieServiceCollectionExtensions
{
    /// <summary>
    /// Identity re-validates the cookie every 30 minutes against the tenant user's security stamp;
    /// host operators are not tenant users (no AppUser, no stamp), so that check would sign them out.
    /// Their cookie is kept until it expires. Call after AddMarketingAuthentication.
    /// </summary>
    public static IServiceCollection AddHostOperatorCookies(this IServiceCollection services) =>
        services.ConfigureApplicationCookie(o =>
        {
            var validateTenantUser = o.Events.OnValidatePrincipal;
            o.Events.OnValidatePrincipal = context =>
                HostUserPrincipalFactory.IsHostPrincipal(context.Principal) ? Task.CompletedTask : validateTenantUser(context);
        });
}
