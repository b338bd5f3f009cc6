using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MarketingSaaS.Account;

/// <summary>
/// An access token of the bearer scheme and nothing else: ASP.NET Core's own sign-in would add a refresh token,
/// which this API does not accept (see docs/security.md). The bearer handler reads the token as usual.
/// </summary>
public static class BearerTokens
{
    public static Ok<BearerTokenDto> Issue(HttpContext http, ClaimsPrincipal principal)
    {
        var options = http.RequestServices.GetRequiredService<IOptionsMonitor<BearerTokenOptions>>().Get(IdentityConstants.BearerScheme);
        var now = (options.TimeProvider ?? TimeProvider.System).GetUtcNow();
        var properties = new AuthenticationProperties { IssuedUtc = now, ExpiresUtc = now + options.BearerTokenExpiration };
        var token = options.BearerTokenProtector.Protect(new AuthenticationTicket(principal, properties, IdentityConstants.BearerScheme));
        return TypedResults.Ok(new BearerTokenDto("Bearer", token, (long)options.BearerTokenExpiration.TotalSeconds));
    }
}

/// <summary>The answer of a bearer sign-in: the token and its lifetime in seconds.</summary>
public sealed record BearerTokenDto(string TokenType, string AccessToken, long ExpiresIn);
