using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace MarketingSaaS.HealthChecks;

public static class HealthEndpoints
{
    /// <summary>/health/live: the process answers. /health/ready: and the database too.</summary>
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        endpoints.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") }).AllowAnonymous();
        return endpoints;
    }
}
