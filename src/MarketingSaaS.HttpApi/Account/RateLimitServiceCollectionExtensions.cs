using System.Threading.RateLimiting;
using MarketingSaaS.Framework.AspNetCore.ExceptionHandling;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace MarketingSaaS.Account;

public static class RateLimitServiceCollectionExtensions
{
    /// <summary>Per client address: "RateLimits:SignInPerMinute" (default 20), "RateLimits:SignUpPerMinute" (default 5) and "RateLimits:PasswordResetPerMinute" (default 5, forgot + reset together) and "RateLimits:InvitationPerMinute" (default 10, an invitation's preview + accept together).</summary>
    public static IServiceCollection AddMarketingRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var signIn = configuration.GetValue("RateLimits:SignInPerMinute", 20);
        var signUp = configuration.GetValue("RateLimits:SignUpPerMinute", 5);
        var passwordReset = configuration.GetValue("RateLimits:PasswordResetPerMinute", 5);
        var invitation = configuration.GetValue("RateLimits:InvitationPerMinute", 10);
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(AccountEndpoints.SignInRateLimit, c => PerClient(c, signIn));
            o.AddPolicy(AccountEndpoints.SignUpRateLimit, c => PerClient(c, signUp));
            o.AddPolicy(PasswordResetEndpoints.RateLimit, c => PerClient(c, passwordReset));
            o.AddPolicy(Identity.UserInvitationEndpoints.RateLimit, c => PerClient(c, invitation));
            o.OnRejected = async (context, _) =>
            {
                var problems = context.HttpContext.RequestServices.GetRequiredService<ProblemResponder>();
                await problems.WriteAsync(context.HttpContext, StatusCodes.Status429TooManyRequests, "Framework:TooManyRequests");
            };
        });
        return services;
    }

    private static RateLimitPartition<string> PerClient(HttpContext context, int permitsPerMinute) =>
        RateLimitPartition.GetFixedWindowLimiter(
            context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
            _ => new FixedWindowRateLimiterOptions { PermitLimit = permitsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
}
