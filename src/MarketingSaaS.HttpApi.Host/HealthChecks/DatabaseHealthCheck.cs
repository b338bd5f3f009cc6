using MarketingSaaS.Framework.EntityFrameworkCore.DbContexts;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace MarketingSaaS.HealthChecks;

/// <summary>The host database answers a query. A plain connection: a DbContext would build the EF model first (about a second).</summary>
public sealed class DatabaseHealthCheck(IConfiguration configuration) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var connection = await RawDatabaseConnection.OpenAsync(configuration.GetConnectionString("Default")!, cancellationToken);
            await using var command = connection.Command("SELECT 1");
            await command.ExecuteScalarAsync(cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (Exception e) when (e is System.Data.Common.DbException or InvalidOperationException)
        {
            return HealthCheckResult.Unhealthy("The database does not answer.", e);
        }
    }
}
