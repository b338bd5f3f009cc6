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
    public static async Task<IReadOnlyList<string>> FindAsync(Type contextType, string historyTable, string connectionString, CancellationToken cancellationToken)
    {
        var applied = await AppliedAsync(historyTable, connectionString, cancellationToken);
        return [.. KnownIds(contextType).Where(id => !applied.Contains(id))];
    }

    public static IEnumerable<string> KnownIds(Type contextType) =>
        contextType.Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(Migration)) && !t.IsAbstract && t.GetCustomAttribute<DbContextAttribute>()?.ContextType == contextType)
            .Select(t => t.GetCustomAttribute<MigrationAttribute>()?.Id)
            .OfType<string>()
            .Order(StringComparer.Ordinal);

    private static async Task<HashSet<string>> AppliedAsync(string historyTable, string connectionString, CancellationToken cancellationToken)
    {
        await using var connection = await RawDatabaseConnection.OpenAsync(connectionString, cancellationToken);
        await using var exists = connection.Command(
            connection.IsSqlite()
                ? "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = @table"
                : "SELECT COUNT(*) FROM pg_catalog.pg_tables WHERE tablename = @table AND schemaname = current_schema()",
            ("@table", historyTable));
        if (Convert.ToInt64(await exists.ExecuteScalarAsync(cancellationToken)) == 0)
        {
            return [];
        }

        await using var select = connection.Command($"""SELECT "MigrationId" FROM "{historyTable.Replace("\"", "\"\"")}" """);
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        while (await reader.ReadAsync(cancellationToken))
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }
}
