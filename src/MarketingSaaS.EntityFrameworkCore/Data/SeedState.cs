using MarketingSaaS.Framework.EntityFrameworkCore.DbContexts;

namespace MarketingSaaS.EntityFrameworkCore.Data;

/// <summary>
/// The fingerprint of the last completed seed of a database, in a bookkeeping table of its own (created on the
/// first write, like EF's migration history, outside the migrations). Plain queries: no EF model is built.
/// </summary>
internal static class SeedState
{
    public const string TableName = "__SeedState";

    private const string Row = "platform";

    public static async Task<string?> ReadAsync(string connectionString, CancellationToken cancellationToken)
    {
        await using var connection = await RawDatabaseConnection.OpenAsync(connectionString, cancellationToken);
        var exists = connection.IsSqlite()
            ? $"SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = '{TableName}'"
            : $"""SELECT COUNT(*) FROM pg_catalog.pg_tables WHERE tablename = '{TableName}' AND schemaname = current_schema()""";
        await using (var command = connection.Command(exists))
        {
            if (Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken)) == 0)
            {
                return null;
            }
        }

        await using var select = connection.Command($"""SELECT "Fingerprint" FROM "{TableName}" WHERE "Name" = @name""", ("@name", Row));
        return await select.ExecuteScalarAsync(cancellationToken) as string;
    }

    public static async Task WriteAsync(string connectionString, string fingerprint, CancellationToken cancellationToken)
    {
        await using var connection = await RawDatabaseConnection.OpenAsync(connectionString, cancellationToken);
        await using (var create = connection.Command(
            $"""CREATE TABLE IF NOT EXISTS "{TableName}" ("Name" varchar(64) NOT NULL PRIMARY KEY, "Fingerprint" varchar(128) NOT NULL)"""))
        {
            await create.ExecuteNonQueryAsync(cancellationToken);
        }

        await using var upsert = connection.Command(
            $"""INSERT INTO "{TableName}" ("Name", "Fingerprint") VALUES (@name, @fingerprint) ON CONFLICT ("Name") DO UPDATE SET "Fingerprint" = excluded."Fingerprint" """,
            ("@name", Row), ("@fingerprint", fingerprint));
        await upsert.ExecuteNonQueryAsync(cancellationToken);
    }
}
