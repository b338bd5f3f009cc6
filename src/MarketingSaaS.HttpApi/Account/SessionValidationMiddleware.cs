using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace MarketingSaaS.Account;

/// <summary>
/// Every authenticated request, cookie or bearer, must carry its user's current security stamp; otherwise it goes
/// on as anonymous (a signed-in endpoint answers 401) and a revoked cookie is deleted. Call after UseAuthentication.
/// </summary>
public sealed class SessionValidationMiddleware(RequestDelegate next)
{
    // The validator is resolved only for a signed-in request: an anonymous one (the public registration page) must
    // not pay for it, nor open a database connection this early.
    public async Task InvokeAsync(HttpContext context)
    {
        if (context.User.Identity?.IsAuthenticated == true
            && !await context.RequestServices.GetRequiredService<SessionValidator>().IsValidAsync(context.User))
        {
            if (!BearerRequest(context))
            {
                await context.SignOutAsync(IdentityConstants.ApplicationScheme);
            }

            context.User = new ClaimsPrincipal(new ClaimsIdentity());
        }

        await next(context);
    }

    private static bool BearerRequest(HttpContext context) =>
        context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);
}

public static class SessionValidationApplicationBuilderExtensions
{
    public static IApplicationBuilder UseSessionValidation(this IApplicationBuilder app) => app.UseMiddleware<SessionValidationMiddleware>();
}
