using MarketingSaaS.Account;
using MarketingSaaS.Framework.AspNetCore.Compression;
using MarketingSaaS.Framework.AspNetCore.Security;
using MarketingSaaS.Framework.AspNetCore.Uow;
using MarketingSaaS.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;

namespace MarketingSaaS.HostAccount;

/// <summary>Sign-in of the platform's operators (host users): no tenant, the host-admin role.</summary>
public static class HostAccountEndpoints
{
    public static IEndpointRouteBuilder MapHostAccountApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/host/account").WithTags("HostAccount");
        group.MapPost("/sign-in", SignInAsync).AllowAnonymous().RequireRateLimiting(AccountEndpoints.SignInRateLimit).WithoutRequestTransaction().WithoutHttpsCompression();
        return endpoints;
    }

    private static async Task<IResult> SignInAsync(HostSignInRequest input, HttpContext http, HostSignInManager signInManager)
    {
        var user = await signInManager.SignInAsync(input.UserName, input.Password, http.RequestAborted);
        var principal = HostUserPrincipalFactory.Create(user);
        if (input.UseCookie)
        {
            await http.SignInAsync(IdentityConstants.ApplicationScheme, principal);
            http.User = principal;
            AntiforgeryMiddleware.StoreToken(http);
            return TypedResults.NoContent();
        }

        return BearerTokens.Issue(http, principal);
    }
}
