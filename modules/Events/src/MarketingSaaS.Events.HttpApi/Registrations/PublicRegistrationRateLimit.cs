using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace MarketingSaaS.Events.Registrations;

/// <summary>
/// The anonymous registration endpoints' limiter, per client address and fixed one-minute window:
/// "RateLimits:EventRegistrationPerMinute" (default 60; a company's booth behind one NAT still gets through).
/// </summary>
public static class PublicRegistrationRateLimit
{
    public const string PolicyName = "event-registration";

    public static IServiceCollection AddPublicRegistrationRateLimit(this IServiceCollection services, IConfiguration configuration)
    {
        var permits = configuration.GetValue("RateLimits:EventRegistrationPerMinute", 60);
        services.Configure<RateLimiterOptions>(o => o.AddPolicy(PolicyName, context =>
            RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })));
        return services;
    }
}
