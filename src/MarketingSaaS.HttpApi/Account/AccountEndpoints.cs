using System.Security.Claims;
using MarketingSaaS.Framework.AspNetCore.Authorization;
using MarketingSaaS.Framework.AspNetCore.Compression;
using MarketingSaaS.Framework.AspNetCore.Security;
using MarketingSaaS.Framework.AspNetCore.Uow;
using MarketingSaaS.Framework.ExceptionHandling;
using MarketingSaaS.Framework.MultiTenancy;
using MarketingSaaS.Framework.Users;
using MarketingSaaS.Identity;
using MarketingSaaS.Registration;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;

namespace MarketingSaaS.Account;

public static class AccountEndpoints
{
    public const string SignInRateLimit = "sign-in";
    public const string SignUpRateLimit = "sign-up";

    public static IEndpointRouteBuilder MapAccountApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/account").WithTags("Account");
        group.MapPost("/sign-up", SignUpAsync).AllowAnonymous().RequireRateLimiting(SignUpRateLimit);
        group.MapPost("/sign-in", SignInAsync).AllowAnonymous().RequireRateLimiting(SignInRateLimit).WithoutRequestTransaction().WithoutHttpsCompression();
        group.MapPost("/sign-out", SignOutAsync).RequireSignedIn();
        group.MapGet("/me", GetMeAsync).RequireSignedIn();
        return endpoints;
    }

    private static async Task<Created<SignUpResultDto>> SignUpAsync(SignUpDto input, ISignUpAppService signUp, CancellationToken ct)
    {
        var result = await signUp.SignUpAsync(input, ct);
        return TypedResults.Created($"/api/host/tenants/{result.TenantId}", result);
    }

    private static async Task<IResult> SignInAsync(
        SignInRequest input,
        HttpContext http,
        SignInManager<AppUser> signInManager,
        UnknownUserPasswordCheck<AppUser> unknownUser,
        ITenantStore tenants,
        ICurrentTenant currentTenant)
    {
        var flow = new SignInFlow(signInManager, unknownUser);
        var tenantId = currentTenant.Id;
        if (!string.IsNullOrWhiteSpace(input.Tenant))
        {
            var named = await tenants.FindAsync(input.Tenant.Trim(), http.RequestAborted);
            tenantId = named is { IsActive: true } ? named.Id : throw flow.RefuseUnknown(input.Password);
        }

        if (tenantId is null)
        {
            throw new FieldValidationException("tenant", MarketingSaaSErrorCodes.TenantRequired);
        }

        using (currentTenant.Change(tenantId))
        {
            var principal = await flow.SignInAsync(input);
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

    /// <summary>Ends every session of the user: this cookie or token, copies of it and the user's other sessions.</summary>
    private static async Task<NoContent> SignOutAsync(HttpContext http, SignOutEverywhere signOut, CancellationToken ct)
    {
        await signOut.RunAsync(ct);
        await http.SignOutAsync(IdentityConstants.ApplicationScheme);
        http.Response.Cookies.Delete(AntiforgeryMiddleware.CookieName);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<CurrentUserProfileDto>> GetMeAsync(ICurrentUser currentUser, UserManager<AppUser> users)
    {
        var user = await users.FindByIdAsync(currentUser.Id!.Value.ToString())
            ?? throw new MarketingSaaS.Framework.Domain.Entities.EntityNotFoundException(typeof(AppUser), currentUser.Id);
        return TypedResults.Ok(new CurrentUserProfileDto(user.Id, user.TenantId, user.UserName!, user.Name, user.Email, user.TwoFactorEnabled, currentUser.Roles));
    }
}
