using MarketingSaaS.Framework.Diagnostics;
using MarketingSaaS.Framework.EntityFrameworkCore.DbContexts;
using MarketingSaaS.Framework.EntityFrameworkCore.PostgreSql;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace MarketingSaaS.Framework.EntityFrameworkCore.Migrations;

/// <summary>
/// Applies every module's pending migrations to one database, then (PostgreSQL) the row-level security
/// policies and grants for the application role. Uses "ConnectionStrings:Migrations" (the table
/// owner) when given, else the connection string itself.
/// A context is up to date when its history table holds every migration id its assembly knows
/// (<see cref="PendingMigrations"/>): no EF model is built for it, so an up-to-date start costs two small queries per context.
/// </summary>
public sealed class DatabaseMigrator(
    IEnumerable<IMigratableDbContextRegistration> registrations,
    DbContextOptionsFactory optionsFactory,
    MarketingDbContextDependencies dependencies,
    IConfiguration configuration,
    ILogger<DatabaseMigrator> logger,
    ILoggerFactory loggerFactory)
{
    private readonly ILogger _startupLog = loggerFactory.CreateStartupLogger();

    public string OwnerConnectionStringFor(string applicationConnectionString)
    {
        var owner = configuration.GetConnectionString("Migrations");
        return !string.IsNullOrEmpty(owner) && applicationConnectionString == configuration.GetConnectionString("Default")
            ? owner
            : applicationConnectionString;
    }

    /// <summary>What the DbMigrator runs: pending migrations, then row-level security and grants for every context.</summary>
    /// <returns>How many migrations were applied.</returns>
    public Task<int> MigrateAsync(string applicationConnectionString, CancellationToken cancellationToken = default) =>
        MigrateAsync(applicationConnectionString, MigrationSecurity.AlwaysApply, cancellationToken);

    /// <returns>How many migrations were applied.</returns>
    public async Task<int> MigrateAsync(string applicationConnectionString, MigrationSecurity security, CancellationToken cancellationToken = default)
    {
        var ownerConnectionString = OwnerConnectionStringFor(applicationConnectionString);
        var provider = DatabaseProviderDetector.Detect(ownerConnectionString);
        if (provider == DatabaseProvider.Sqlite)
        {
            PrepareSqliteFile(ownerConnectionString);
        }

        var applied = 0;
        foreach (var registration in registrations)
        {
            await using var context = registration.Create(ownerConnectionString, dependencies, optionsFactory);
            var state = await PendingMigrations.ReadAsync(context.GetType(), registration, ownerConnectionString, cancellationToken);
            if (state.Pending.Count > 0 && provider == DatabaseProvider.PostgreSql && registration.MigrationsHistorySchema is { } historySchema
                && await MigrationsHistorySchemaMove.MoveAsync(ownerConnectionString, registration.MigrationsHistoryTable, historySchema, cancellationToken))
            {
                state = await PendingMigrations.ReadAsync(context.GetType(), registration, ownerConnectionString, cancellationToken);
            }

            var pending = state.Pending;
            if (!state.HistoryExists && pending.Count > 0
                && await FreshContextSchema.TryCreateAsync(context, registration, provider, pending, cancellationToken))
            {
                logger.LogInformation("Created {Context}'s tables from its model: {Count} migration(s) recorded", registration.ContextType.Name, pending.Count);
                applied += pending.Count;
            }
            else if (pending.Count > 0)
            {
                logger.LogInformation("Migrating {Context}: {Count} pending migration(s)", registration.ContextType.Name, pending.Count);
                await SquashedMigrationHistory.AdoptBaselineAsync(context, cancellationToken);
                await context.Database.MigrateAsync(cancellationToken);
                applied += pending.Count;
            }

            if (provider == DatabaseProvider.PostgreSql && (pending.Count > 0 || security == MigrationSecurity.AlwaysApply))
            {
                var applicationRole = ApplicationRole(applicationConnectionString, ownerConnectionString);
                if (applicationRole is null)
                {
                    logger.LogWarning("The application connects as the table owner: it may read every company with app.tenant_id = '*'. Give it its own login (docs/migrations.md, server set-up).");
                }

                await PostgreSqlRowLevelSecurity.ApplyAsync(context, applicationRole, cancellationToken);
            }

            _startupLog.Phase($"migration check {registration.ContextType.Name}");
        }

        return applied;
    }

    private static string? ApplicationRole(string applicationConnectionString, string ownerConnectionString)
    {
        var app = new NpgsqlConnectionStringBuilder(applicationConnectionString).Username;
        var owner = new NpgsqlConnectionStringBuilder(ownerConnectionString).Username;
        return app is not null && app != owner ? app : null;
    }

    private static void PrepareSqliteFile(string connectionString)
    {
        var file = new SqliteConnectionStringBuilder(connectionString).DataSource;
        var folder = Path.GetDirectoryName(Path.GetFullPath(file));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode=WAL;";
        command.ExecuteNonQuery();
    }
}
