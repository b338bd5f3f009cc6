using MarketingSaaS.Framework.EntityFrameworkCore.DbContexts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace MarketingSaaS.Framework.EntityFrameworkCore.Migrations;

/// <summary>
/// Creates the tables of a context none of whose migrations ran (its history table does not exist) from its current
/// model in one script, and records every migration as applied, in one transaction. Replaying the migrations instead
/// builds each migration's target model and SQL (about 80 ms per platform migration on 2 cores); this builds no
/// model but the context's own, which the start-up's seeding needs anyway. The schema is the same:
/// <c>FreshContextSchemaTests</c> compares both ways for every context on SQLite and PostgreSQL.
/// A migration's hand-written SQL (<c>migrationBuilder.Sql</c>) does not run on this path: data changes have nothing
/// to change in a new database, and a migration that creates objects the model does not describe (a view, a function)
/// must be created by the module elsewhere (docs/migrations.md).
/// </summary>
public static class FreshContextSchema
{
    /// <returns>False when another process created the context's history table first; the caller migrates as usual.</returns>
    public static async Task<bool> TryCreateAsync(
        DbContext context, IMigratableDbContextRegistration registration, DatabaseProvider provider, IReadOnlyList<string> migrationIds, CancellationToken cancellationToken)
    {
        var history = context.GetService<IHistoryRepository>();
        var database = context.Database;
        var connectionString = database.GetConnectionString()!;
        // SQLite: BEGIN IMMEDIATE, so a second process waits here for the first one's commit.
        await using var transaction = await database.BeginTransactionAsync(cancellationToken);
        if (provider == DatabaseProvider.PostgreSql)
        {
            await database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock(hashtextextended('msaas.fresh-context-schema', 0))", cancellationToken);
        }

        // A plain read on its own connection sees what another process committed before this one got the lock.
        if ((await PendingMigrations.ReadAsync(context.GetType(), registration, connectionString, cancellationToken)).HistoryExists)
        {
            return false;
        }

        var version = ProductInfo.GetVersion();
        var script = database.GenerateCreateScript()
            + history.GetCreateScript()
            + string.Concat(migrationIds.Select(id => history.GetInsertScript(new HistoryRow(id, version))));
        await database.ExecuteSqlRawAsync(script, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }
}
