using MarketingSaaS.EntityFrameworkCore;
using MarketingSaaS.Framework.EntityFrameworkCore.DbContexts;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace MarketingSaaS.HealthChecks;

public sealed class DatabaseHealthCheck(IDbContextProvider<PlatformDbContext> contexts) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var db = await contexts.GetDbContextAsync(cancellationToken);
        return await db.Database.CanConnectAsync(cancellationToken)
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy("The database does not answer.");
    }
}
