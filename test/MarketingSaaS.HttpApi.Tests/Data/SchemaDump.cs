using System.Data.Common;
using MarketingSaaS.TestBase.Databases;

namespace MarketingSaaS.HttpApi.Tests.Data;

/// <summary>
/// A database's schema as sorted lines (tables' columns and their defaults, keys, foreign keys, indexes, views, triggers, functions,
/// schemas, and the migration ids each history table lists), to compare two databases line by line. EF's lock table
/// (<c>__EFMigrationsLock</c>, made by <c>Migrate</c> on SQLite) is not schema and is left out.
/// </summary>
internal static class SchemaDump
{
    private const string SystemSchemas = "('pg_catalog', 'information_schema', 'pg_toast')";

    public static async Task<List<string>> ReadAsync(ITestDatabase database)
    {
        await using var connection = MigrationTestDatabase.Connection(database);
        await connection.OpenAsync();
        var lines = database.Provider == "Sqlite" ? await SqliteAsync(connection) : await PostgreSqlAsync(connection);
        lines.RemoveAll(line => line.Contains("__EFMigrationsLock", StringComparison.Ordinal));
        lines.Sort(StringComparer.Ordinal);
        return lines;
    }

    private static async Task<List<string>> SqliteAsync(DbConnection connection)
    {
        var lines = await LinesAsync(connection, "SELECT type || ' ' || name FROM sqlite_master WHERE type IN ('view', 'trigger')");
        foreach (var table in await LinesAsync(connection, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"))
        {
            var quoted = table.Replace("'", "''");
            lines.AddRange(await LinesAsync(connection,
                $"SELECT 'column {quoted}.' || name || ' ' || type || ' notnull=' || \"notnull\" || ' pk=' || pk FROM pragma_table_info('{quoted}')"));
            lines.AddRange(await LinesAsync(connection,
                $"SELECT 'default {quoted}.' || name || ' ' || dflt_value FROM pragma_table_info('{quoted}') WHERE dflt_value IS NOT NULL"));
            lines.AddRange(await LinesAsync(connection,
                $"SELECT 'fk {quoted}.' || \"from\" || ' -> ' || \"table\" || '.' || ifnull(\"to\", '?') || ' delete=' || on_delete FROM pragma_foreign_key_list('{quoted}')"));
            lines.AddRange(await LinesAsync(connection,
                $"SELECT 'index {quoted}.' || i.name || ' unique=' || i.\"unique\" || ' (' || (SELECT group_concat(name, ', ') FROM (SELECT name FROM pragma_index_info(i.name) ORDER BY seqno)) || ')' FROM pragma_index_list('{quoted}') i"));
            if (IsHistory(table))
            {
                lines.AddRange(await LinesAsync(connection, $"SELECT 'history {quoted} ' || \"MigrationId\" FROM \"{table}\""));
            }
        }

        return lines;
    }

    private static async Task<List<string>> PostgreSqlAsync(DbConnection connection)
    {
        var lines = await LinesAsync(connection, $"SELECT 'schema ' || nspname FROM pg_namespace WHERE nspname NOT IN {SystemSchemas} AND nspname NOT LIKE 'pg_temp%' AND nspname NOT LIKE 'pg_toast_temp%'");
        lines.AddRange(await LinesAsync(connection, $"""
            SELECT 'column ' || table_schema || '.' || table_name || '.' || column_name || ' ' || data_type
                || ' nullable=' || is_nullable || ' identity=' || is_identity
                || ' length=' || coalesce(character_maximum_length::text, '-') || ' precision=' || coalesce(numeric_precision::text, '-')
                || ',' || coalesce(numeric_scale::text, '-')
            FROM information_schema.columns WHERE table_schema NOT IN {SystemSchemas}
            """));
        lines.AddRange(await LinesAsync(connection, $"""
            SELECT 'default ' || table_schema || '.' || table_name || '.' || column_name || ' ' || column_default
            FROM information_schema.columns WHERE table_schema NOT IN {SystemSchemas} AND column_default IS NOT NULL
            """));
        lines.AddRange(await LinesAsync(connection, $"""
            SELECT 'constraint ' || n.nspname || '.' || c.conrelid::regclass::text || '.' || c.conname || ' ' || pg_get_constraintdef(c.oid)
            FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace WHERE n.nspname NOT IN {SystemSchemas}
            """));
        lines.AddRange(await LinesAsync(connection, $"SELECT 'index ' || indexdef FROM pg_indexes WHERE schemaname NOT IN {SystemSchemas}"));
        lines.AddRange(await LinesAsync(connection, $"SELECT 'view ' || table_schema || '.' || table_name FROM information_schema.views WHERE table_schema NOT IN {SystemSchemas}"));
        lines.AddRange(await LinesAsync(connection, $"SELECT 'trigger ' || event_object_schema || '.' || trigger_name FROM information_schema.triggers WHERE event_object_schema NOT IN {SystemSchemas}"));
        lines.AddRange(await LinesAsync(connection, $"SELECT 'function ' || n.nspname || '.' || p.proname FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname NOT IN {SystemSchemas}"));
        lines.AddRange(await LinesAsync(connection, $"SELECT 'sequence ' || sequence_schema || '.' || sequence_name FROM information_schema.sequences WHERE sequence_schema NOT IN {SystemSchemas}"));
        foreach (var table in await LinesAsync(connection, $"SELECT quote_ident(schemaname) || '.' || quote_ident(tablename) FROM pg_tables WHERE schemaname NOT IN {SystemSchemas}"))
        {
            if (IsHistory(table))
            {
                lines.AddRange(await LinesAsync(connection, $"SELECT 'history {table.Replace("'", "''")} ' || \"MigrationId\" FROM {table}"));
            }
        }

        return lines;
    }

    private static bool IsHistory(string table) => table.TrimEnd('"').EndsWith("MigrationsHistory", StringComparison.Ordinal);

    private static async Task<List<string>> LinesAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var lines = new List<string>();
        while (await reader.ReadAsync())
        {
            lines.Add(reader.GetString(0));
        }

        return lines;
    }
}
