using MarketingSaaS.Framework.AspNetCore.Authorization;
using MarketingSaaS.Framework.AspNetCore.Compression;
using MarketingSaaS.Framework.AspNetCore.Uow;
using MarketingSaaS.Identity;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;

namespace MarketingSaaS.Account;

public static class TwoFactorEndpoints
{
    public static IEndpointRouteBuilder MapTwoFactorApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/account/two-factor").WithTags("Account");
        group.MapGet("", GetAsync).RequireSignedIn().WithoutHttpsCompression();
        group.MapPost("/enable", EnableAsync).RequireSignedIn().WithoutHttpsCompression();
        group.MapPost("/disable", DisableAsync).RequireSignedIn().WithoutRequestTransaction().WithoutHttpsCompression();
        return endpoints;
    }

    private static async Task<Ok<TwoFactorStatusDto>> GetAsync(ITwoFactorAppService twoFactor, CancellationToken ct) =>
        TypedResults.Ok(await twoFactor.GetAsync(ct));

    private static async Task<Ok<TwoFactorStatusDto>> EnableAsync(
        EnableTwoFactorDto input, ITwoFactorAppService twoFactor, HttpContext http, SignInManager<AppUser> signInManager, CancellationToken ct)
    {
        var status = await twoFactor.EnableAsync(input, ct);
        await CookieSession.RefreshAsync(http, signInManager);
        return TypedResults.Ok(status);
    }

    private static async Task<Ok<TwoFactorStatusDto>> DisableAsync(
        DisableTwoFactorDto input, ITwoFactorAppService twoFactor, HttpContext http, SignInManager<AppUser> signInManager, CancellationToken ct)
    {
        var status = await twoFactor.DisableAsync(input, ct);
        await CookieSession.RefreshAsync(http, signInManager);
        return TypedResults.Ok(status);
    }
}
