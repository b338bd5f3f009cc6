using MarketingSaaS.Data;
using MarketingSaaS.Framework.Diagnostics;
using MarketingSaaS.Framework.EntityFrameworkCore.Migrations;
using MarketingSaaS.Framework.Modularity;
using MarketingSaaS.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MarketingSaaS.EntityFrameworkCore.Data;

/// <summary>
/// Migrates the host database and every tenant database of its own, then seeds the host and every
/// tenant. What the DbMigrator runs, and the host at start for the embedded default. Safe to run again.
/// </summary>
public sealed class PlatformDatabaseInitializer(
    IServiceScopeFactory scopes,
    IConfiguration configuration,
    ModularApplication application,
    ILoggerFactory loggerFactory)
{
    private readonly ILogger _startupLog = loggerFactory.CreateStartupLogger();

    /// <summary>The DbMigrator: migrates what is pending, re-applies row-level security and grants, seeds everything.</summary>
    /// <returns>The databases migrated (the host's and the tenants' own) and the companies seeded.</returns>
    public async Task<DatabaseInitializationReport> InitializeAsync(CancellationToken cancellationToken = default)
    {
        var hostAdminPassword = HostAdminPassword();
        var (ownDatabases, applied) = await MigrateAllAsync(MigrationSecurity.AlwaysApply, cancellationToken);
        var seeded = await SeedAsync(hostAdminPassword, seedMore: null, cancellationToken);
        return new DatabaseInitializationReport(ownDatabases, applied, seeded);
    }

    /// <summary>
    /// The host's start: migrates what is pending and seeds (<paramref name="seedMore"/> too, e.g. the demo company)
    /// only when a migration ran or the seed fingerprint (<see cref="SeedFingerprint"/>) differs from the last completed
    /// seed's; an up-to-date database costs a few plain queries and builds no EF model.
    /// </summary>
    /// <returns>Whether the seed ran.</returns>
    public async Task<bool> InitializeOnStartAsync(Func<CancellationToken, Task>? seedMore = null, CancellationToken cancellationToken = default)
    {
        var (_, applied) = await MigrateAllAsync(MigrationSecurity.ApplyAfterMigrating, cancellationToken);
        var fingerprint = SeedFingerprint.Compute(application, configuration);
        if (applied == 0 && await SeedState.ReadAsync(OwnerConnectionString(), cancellationToken) == fingerprint)
        {
            _startupLog.Phase("seed up to date");
            return false;
        }

        await SeedAsync(HostAdminPassword(), seedMore, cancellationToken);
        await SeedState.WriteAsync(OwnerConnectionString(), fingerprint, cancellationToken);
        return true;
    }

    private async Task<(List<TenantDatabase> OwnDatabases, int Applied)> MigrateAllAsync(MigrationSecurity security, CancellationToken cancellationToken)
    {
        var applied = await MigrateAsync(DefaultConnectionString(), security, cancellationToken);
        var tenantDatabases = await TenantDatabases.ListAsync(OwnerConnectionString(), cancellationToken);
        _startupLog.Phase("tenant databases listed");
        foreach (var database in tenantDatabases)
        {
            applied += await MigrateAsync(database.ConnectionString, security, cancellationToken);
        }

        return (tenantDatabases, applied);
    }

    private async Task<IReadOnlyList<string>> SeedAsync(string hostAdminPassword, Func<CancellationToken, Task>? seedMore, CancellationToken cancellationToken)
    {
        IReadOnlyList<string> seeded;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var seeder = scope.ServiceProvider.GetRequiredService<PlatformDataSeeder>();
            await seeder.SeedHostAsync(hostAdminPassword, cancellationToken);
            _startupLog.Phase("host seeded");
            seeded = await seeder.SeedTenantsAsync(cancellationToken);
        }

        if (seedMore is not null)
        {
            _startupLog.Phase("tenants seeded");
            await seedMore(cancellationToken);
        }

        _startupLog.Phase("host and tenants seeded");
        return seeded;
    }

    private string DefaultConnectionString() =>
        configuration.GetConnectionString("Default") ?? throw new InvalidOperationException("ConnectionStrings:Default is not configured.");

    private string OwnerConnectionString()
    {
        var owner = configuration.GetConnectionString("Migrations");
        return string.IsNullOrEmpty(owner) ? DefaultConnectionString() : owner;
    }

    /// <summary>
    /// No default credential outside development: the host admin's first password must be configured, and not be a
    /// common one (<see cref="HostUserPasswords"/>; checked at every seed, as it is the admin's live password: there is
    /// no host password change yet).
    /// </summary>
    private string HostAdminPassword()
    {
        if (configuration["Seed:HostAdminPassword"] is not { Length: > 0 } password)
        {
            throw new InvalidOperationException(MissingHostAdminPasswordMessage);
        }

        return HostUserPasswords.Problem(password, "Seed:HostAdminPassword") is { } problem ? throw new InvalidOperationException(problem) : password;
    }

    public const string MissingHostAdminPasswordMessage =
        "Seed:HostAdminPassword is not configured (appsettings.Development.json sets one for development; on a server pass Seed__HostAdminPassword).";

    private async Task<int> MigrateAsync(string connectionString, MigrationSecurity security, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync(connectionString, security, cancellationToken);
    }
}
