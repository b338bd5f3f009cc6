using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace MarketingSaaS.Account;

/// <summary>Forgotten passwords. Anonymous and rate limited per client address ("RateLimits:PasswordResetPerMinute").</summary>
public static class PasswordResetEndpoints
{
    public const string RateLimit = "password-reset";

    public static IEndpointRouteBuilder MapPasswordResetApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/account").WithTags("Account");
        group.MapPost("/forgot-password", ForgotPasswordAsync).AllowAnonymous().RequireRateLimiting(RateLimit);
        group.MapPost("/reset-password", ResetPasswordAsync).AllowAnonymous().RequireRateLimiting(RateLimit);
        return endpoints;
    }

    /// <summary>202 whether or not the user exists; the mail, if any, is sent by a background job.</summary>
    private static async Task<Accepted> ForgotPasswordAsync(ForgotPasswordDto input, IPasswordResetAppService passwordReset, CancellationToken ct)
    {
        await passwordReset.RequestAsync(input, ct);
        return TypedResults.Accepted((string?)null);
    }

    private static async Task<NoContent> ResetPasswordAsync(ResetPasswordDto input, IPasswordResetAppService passwordReset, CancellationToken ct)
    {
        await passwordReset.ResetAsync(input, ct);
        return TypedResults.NoContent();
    }
}
