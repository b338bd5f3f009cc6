using MarketingSaaS.Framework.AspNetCore.Authorization;
using MarketingSaaS.Framework.AspNetCore.MultiTenancy;
using MarketingSaaS.Framework.AspNetCore.Security;
using Microsoft.AspNetCore.Builder;

namespace MarketingSaaS.Framework.AspNetCore;

public static class MarketingApplicationBuilderExtensions
{
    /// <summary>Tenant resolution then permission/feature checks; call after UseAuthentication.</summary>
    public static IApplicationBuilder UseMultiTenancy(this IApplicationBuilder app) => app.UseMiddleware<MultiTenancyMiddleware>();

    /// <summary>XSRF-TOKEN cookie and X-XSRF-TOKEN header check for cookie-authenticated requests.</summary>
    public static IApplicationBuilder UseXsrfProtection(this IApplicationBuilder app) => app.UseMiddleware<AntiforgeryMiddleware>();

    /// <summary>Call after UseAuthorization.</summary>
    public static IApplicationBuilder UsePermissionChecks(this IApplicationBuilder app) => app.UseMiddleware<PermissionMiddleware>();
}
