using MarketingSaaS.Framework.AspNetCore.Authorization;
using MarketingSaaS.Framework.AspNetCore.Uow;
using MarketingSaaS.Identity;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;

namespace MarketingSaaS.Account;

public static class ProfileEndpoints
{
    public static IEndpointRouteBuilder MapProfileApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/account").WithTags("Account");
        group.MapPut("/profile", UpdateAsync).RequireSignedIn();
        group.MapPost("/change-password", ChangePasswordAsync).RequireSignedIn().WithoutRequestTransaction();
        return endpoints;
    }

    private static async Task<Ok<ProfileDto>> UpdateAsync(
        UpdateProfileDto input, IProfileAppService profiles, HttpContext http, SignInManager<AppUser> signInManager, CancellationToken ct)
    {
        var profile = await profiles.UpdateAsync(input, ct);
        await CookieSession.RefreshAsync(http, signInManager);
        return TypedResults.Ok(profile);
    }

    private static async Task<NoContent> ChangePasswordAsync(
        ChangePasswordDto input, IProfileAppService profiles, HttpContext http, SignInManager<AppUser> signInManager, CancellationToken ct)
    {
        await profiles.ChangePasswordAsync(input, ct);
        await CookieSession.RefreshAsync(http, signInManager);
        return TypedResults.NoContent();
    }
}
