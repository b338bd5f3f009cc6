using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;

namespace MarketingSaaS.Account;

/// <summary>
/// Every authenticated request, cookie or bearer, must carry its user's current security stamp; otherwise it goes
/// on as anonymous (a signed-in endpoint answers 401) and a revoked cookie is deleted. Call after UseAuthentication.
/// </summary>
public sealed class SessionValidationMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, SessionValidator sessions)
    {
        if (context.User.Identity?.IsAuthenticated == true && !await sessions.IsValidAsync(context.User))
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
