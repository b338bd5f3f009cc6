using MarketingSaaS.Identity;
using MarketingSaaS.Framework.AspNetCore.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace MarketingSaaS.Account;

public static class AuthenticationServiceCollectionExtensions
{
    public const string CookieOrBearerScheme = "CookieOrBearer";

    /// <summary>Cookie sign-in for the portal, bearer tokens for API clients; one policy scheme picks per request.</summary>
    public static IServiceCollection AddMarketingAuthentication(this IServiceCollection services)
    {
        new IdentityBuilder(typeof(AppUser), typeof(AppRole), services).AddSignInManager();
        services.AddScoped<SessionValidator>();
        services.AddScoped<SignOutEverywhere>();
        services.AddAuthentication(CookieOrBearerScheme)
            .AddPolicyScheme(CookieOrBearerScheme, CookieOrBearerScheme, o => o.ForwardDefaultSelector = context =>
                context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? IdentityConstants.BearerScheme
                    : IdentityConstants.ApplicationScheme)
            .AddBearerToken(IdentityConstants.BearerScheme)
            .AddIdentityCookies();
        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "msaas.auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.SlidingExpiration = true;
            // SessionValidationMiddleware checks the stamp of every request, cookie or bearer; Identity's own
            // 30-minute cookie check would only repeat it.
            o.Events.OnValidatePrincipal = _ => Task.CompletedTask;
            o.Events.OnRedirectToLogin = c => WriteStatus(c.HttpContext, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = c => WriteStatus(c.HttpContext, StatusCodes.Status403Forbidden);
        });
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<IHostEnvironment>((o, environment) => o.Cookie.SecurePolicy = SecureCookies.Policy(environment));
        services.AddAuthorization();
        services.AddAntiforgery(o =>
        {
            o.HeaderName = "X-XSRF-TOKEN";
            o.Cookie.Name = "msaas.antiforgery";
        });
        // The antiforgery token store's own cookie follows the request: ASP.NET Core refuses plain-HTTP requests
        // outright (500) when it is set to Always, and it is no credential on its own (docs/security.md).
        return services;
    }

    private static Task WriteStatus(HttpContext context, int status)
    {
        context.Response.StatusCode = status;
        return Task.CompletedTask;
    }
}
