using MarketingSaaS.Framework.AspNetCore.ExceptionHandling;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;

namespace MarketingSaaS.Framework.AspNetCore.Security;

/// <summary>
/// Angular's convention: a readable "XSRF-TOKEN" cookie, echoed in the "X-XSRF-TOKEN" header on
/// every unsafe request that a cookie authenticates. Bearer-token requests need no token.
/// </summary>
public sealed class AntiforgeryMiddleware(RequestDelegate next, IAntiforgery antiforgery)
{
    public const string CookieName = "XSRF-TOKEN";

    public async Task InvokeAsync(HttpContext context, ProblemResponder problems)
    {
        var cookieAuthenticated = context.User.Identity?.IsAuthenticated == true
            && !context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);
        if (cookieAuthenticated)
        {
            if (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method) || HttpMethods.IsOptions(context.Request.Method))
            {
                StoreToken(context);
            }
            else if (!await antiforgery.IsRequestValidAsync(context))
            {
                await problems.WriteAsync(context, StatusCodes.Status400BadRequest, "Framework:AntiforgeryFailed");
                return;
            }
        }

        await next(context);
    }

    public static void StoreToken(HttpContext context)
    {
        var antiforgery = context.RequestServices.GetService(typeof(IAntiforgery)) as IAntiforgery;
        var tokens = antiforgery!.GetAndStoreTokens(context);
        context.Response.Cookies.Append(CookieName, tokens.RequestToken!, new CookieOptions
        {
            HttpOnly = false,
            SameSite = SameSiteMode.Lax,
            Secure = SecureCookies.IsSecure(context),
            Path = "/",
        });
    }
}
