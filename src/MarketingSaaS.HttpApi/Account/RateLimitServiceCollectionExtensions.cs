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
    /// <summary>Per client address: "RateLimits:SignInPerMinute" (default 20) and "RateLimits:SignUpPerMinute" (default 5).</summary>
    public static IServiceCollection AddMarketingRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var signIn = configuration.GetValue("RateLimits:SignInPerMinute", 20);
        var signUp = configuration.GetValue("RateLimits:SignUpPerMinute", 5);
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(AccountEndpoints.SignInRateLimit, c => PerClient(c, signIn));
            o.AddPolicy(AccountEndpoints.SignUpRateLimit, c => PerClient(c, signUp));
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
