using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace MarketingSaaS.Framework.EntityFrameworkCore.Migrations;

/// <summary>Moves a database migrated by a squashed migration chain onto the baseline that replaced it.</summary>
public static class SquashedMigrationHistory
{
    /// <summary>
    /// When the context carries <see cref="ReplacesMigrationChainAttribute"/> and the database's history holds only
    /// migrations the context no longer has: replaces those rows with the baseline (the context's first migration)
    /// if the chain's last migration is among them, else refuses, since the schema is somewhere inside the old chain.
    /// </summary>
    public static async Task AdoptBaselineAsync(DbContext context, CancellationToken cancellationToken = default)
    {
        var replaced = context.GetType().GetCustomAttribute<ReplacesMigrationChainAttribute>();
        var history = context.GetService<IHistoryRepository>();
        if (replaced is null || !await history.ExistsAsync(cancellationToken))
        {
            return;
        }

        var applied = (await history.GetAppliedMigrationsAsync(cancellationToken)).Select(row => row.MigrationId).ToList();
        var migrations = context.Database.GetMigrations().ToList();
        if (applied.Count == 0 || applied.Any(migrations.Contains))
        {
            return;
        }

        var baseline = migrations[0];
        if (!applied.Contains(replaced.LastMigrationId))
        {
            throw new InvalidOperationException(
                $"The database was migrated by {context.GetType().Name} migrations that were squashed into {baseline}, " +
                $"but it stops before their last one ({replaced.LastMigrationId}, last applied: {applied.Max()}). " +
                "Delete a development database (for example App_Data/marketingsaas.db) to have it created again, or first " +
                "migrate it with a version from before the squash. See docs/migrations.md.");
        }

        var script = string.Concat(applied.Select(history.GetDeleteScript))
            + history.GetInsertScript(new HistoryRow(baseline, ProductInfo.GetVersion()));
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        await context.Database.ExecuteSqlRawAsync(script, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
