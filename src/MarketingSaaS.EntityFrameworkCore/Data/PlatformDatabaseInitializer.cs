using MarketingSaaS.Data;
using MarketingSaaS.Framework.Diagnostics;
using MarketingSaaS.Framework.EntityFrameworkCore.Migrations;
using MarketingSaaS.Framework.MultiTenancy;
using MarketingSaaS.Tenants;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MarketingSaaS.EntityFrameworkCore.Data;

/// <summary>
/// Migrates the host database and every tenant database of its own, then seeds the host and every
/// tenant. What the DbMigrator runs, and the host at start for the embedded default. Safe to run again.
/// </summary>
public sealed class PlatformDatabaseInitializer(IServiceScopeFactory scopes, IConfiguration configuration, ILoggerFactory loggerFactory)
{
    private readonly ILogger _startupLog = loggerFactory.CreateStartupLogger();

    public async Task<int> InitializeAsync(CancellationToken cancellationToken = default)
    {
        var defaultConnection = configuration.GetConnectionString("Default")
            ?? throw new InvalidOperationException("ConnectionStrings:Default is not configured.");
        await MigrateAsync(defaultConnection, cancellationToken);

        List<string> tenantDatabases;
        await using (var scope = scopes.CreateAsyncScope())
        {
            using var host = scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(null);
            var tenants = await scope.ServiceProvider.GetRequiredService<ITenantRepository>().GetListAsync(t => t.ConnectionString != null, cancellationToken);
            tenantDatabases = [.. tenants.Select(t => t.ConnectionString!).Distinct()];
        }

        _startupLog.Phase("tenant databases listed");

        foreach (var connectionString in tenantDatabases)
        {
            await MigrateAsync(connectionString, cancellationToken);
        }

        await using (var scope = scopes.CreateAsyncScope())
        {
            var seeder = scope.ServiceProvider.GetRequiredService<PlatformDataSeeder>();
            await seeder.SeedHostAsync(HostAdminPassword(), cancellationToken);
            await seeder.SeedTenantsAsync(cancellationToken);
        }

        _startupLog.Phase("host and tenants seeded");
        return 1 + tenantDatabases.Count;
    }

    /// <summary>No default credential outside development: the host admin's first password must be configured.</summary>
    private string HostAdminPassword() =>
        configuration["Seed:HostAdminPassword"] is { Length: > 0 } password
            ? password
            : throw new InvalidOperationException("Seed:HostAdminPassword is not configured (appsettings.Development.json sets one for development).");

    private async Task MigrateAsync(string connectionString, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync(connectionString, cancellationToken);
    }
}
