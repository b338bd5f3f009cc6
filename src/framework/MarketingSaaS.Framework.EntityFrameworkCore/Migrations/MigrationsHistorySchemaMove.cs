using MarketingSaaS.Framework.EntityFrameworkCore.DbContexts;

namespace MarketingSaaS.Framework.EntityFrameworkCore.Migrations;

/// <summary>
/// PostgreSQL: a module context's history table lives in the module's schema (<see cref="ModuleTables"/>). A database
/// migrated before that keeps it in the default schema, where EF Core would not look: it would find no history and
/// run the module's first migration again. Moving the table into the schema first lets migrating continue from where
/// the database is.
/// </summary>
public static class MigrationsHistorySchemaMove
{
    /// <returns>Whether the history table was moved (it was in the connection's current schema, not yet in <paramref name="schema"/>).</returns>
    public static async Task<bool> MoveAsync(string connectionString, string historyTable, string schema, CancellationToken cancellationToken)
    {
        await using var connection = await RawDatabaseConnection.OpenAsync(connectionString, cancellationToken);
        await using var check = connection.Command(
            "SELECT to_regclass(quote_ident(@schema) || '.' || quote_ident(@table)) IS NULL " +
            "AND to_regclass(quote_ident(current_schema()) || '.' || quote_ident(@table)) IS NOT NULL",
            ("@schema", schema), ("@table", historyTable));
        if (await check.ExecuteScalarAsync(cancellationToken) is not true)
        {
            return false;
        }

        var quotedSchema = Quote(schema);
        await using var move = connection.Command(
            $"CREATE SCHEMA IF NOT EXISTS {quotedSchema}; ALTER TABLE {Quote(historyTable)} SET SCHEMA {quotedSchema};");
        await move.ExecuteNonQueryAsync(cancellationToken);
        return true;
    }

    private static string Quote(string name) => $"\"{name.Replace("\"", "\"\"")}\"";
}
