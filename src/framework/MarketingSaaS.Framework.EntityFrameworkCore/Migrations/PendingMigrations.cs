using System.Reflection;
using MarketingSaaS.Framework.EntityFrameworkCore.DbContexts;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace MarketingSaaS.Framework.EntityFrameworkCore.Migrations;

/// <summary>
/// The migrations of a provider-specific context type that its history table does not list. Reads the migration ids
/// from the attributes in the context's assembly (where EF finds them: the options name no other migrations assembly)
/// and the history table with one plain query: EF's own <c>GetAppliedMigrations</c> builds the whole model first.
/// </summary>
public static class PendingMigrations
{
    public static async Task<IReadOnlyList<string>> FindAsync(Type contextType, IMigratableDbContextRegistration registration, string connectionString, CancellationToken cancellationToken) =>
        (await ReadAsync(contextType, registration, connectionString, cancellationToken)).Pending;

    public static Task<MigrationHistoryState> ReadAsync(Type contextType, IMigratableDbContextRegistration registration, string connectionString, CancellationToken cancellationToken) =>
        ReadAsync(contextType, registration.MigrationsHistoryTable, registration.MigrationsHistorySchema, connectionString, cancellationToken);

    /// <param name="historySchema">PostgreSQL: the history table's schema (null: the connection's current schema); ignored on SQLite.</param>
    public static async Task<MigrationHistoryState> ReadAsync(Type contextType, string historyTable, string? historySchema, string connectionString, CancellationToken cancellationToken)
    {
        var applied = await AppliedAsync(historyTable, historySchema, connectionString, cancellationToken);
        return new MigrationHistoryState(applied is not null, [.. KnownIds(contextType).Where(id => applied?.Contains(id) != true)]);
    }

    public static IEnumerable<string> KnownIds(Type contextType) =>
        contextType.Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(Migration)) && !t.IsAbstract && t.GetCustomAttribute<DbContextAttribute>()?.ContextType == contextType)
            .Select(t => t.GetCustomAttribute<MigrationAttribute>()?.Id)
            .OfType<string>()
            .Order(StringComparer.Ordinal);

    /// <returns>Null when the history table does not exist.</returns>
    private static async Task<HashSet<string>?> AppliedAsync(string historyTable, string? historySchema, string connectionString, CancellationToken cancellationToken)
    {
        await using var connection = await RawDatabaseConnection.OpenAsync(connectionString, cancellationToken);
        var schema = connection.IsSqlite() ? null : historySchema;
        await using var exists = connection.IsSqlite()
            ? connection.Command("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = @table", ("@table", historyTable))
            : schema is null
                ? connection.Command("SELECT COUNT(*) FROM pg_catalog.pg_tables WHERE tablename = @table AND schemaname = current_schema()", ("@table", historyTable))
                : connection.Command("SELECT COUNT(*) FROM pg_catalog.pg_tables WHERE tablename = @table AND schemaname = @schema", ("@table", historyTable), ("@schema", schema));
        if (Convert.ToInt64(await exists.ExecuteScalarAsync(cancellationToken)) == 0)
        {
            return null;
        }

        var table = Quote(historyTable);
        await using var select = connection.Command($"""SELECT "MigrationId" FROM {(schema is null ? table : $"{Quote(schema)}.{table}")} """);
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        while (await reader.ReadAsync(cancellationToken))
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }

    private static string Quote(string name) => $"\"{name.Replace("\"", "\"\"")}\"";
}

/// <param name="HistoryExists">False: no migration of the context ever ran on the database.</param>
/// <param name="Pending">The context's migrations the history table does not list, oldest first.</param>
public sealed record MigrationHistoryState(bool HistoryExists, IReadOnlyList<string> Pending);
