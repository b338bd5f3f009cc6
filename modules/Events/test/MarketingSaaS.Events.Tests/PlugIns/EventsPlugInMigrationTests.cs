using System.Data.Common;
using MarketingSaaS.TestBase.Databases;
using Microsoft.Data.Sqlite;
using Npgsql;
using Shouldly;
using Xunit;

namespace MarketingSaaS.Events.Tests.PlugIns;

/// <summary>
/// The DbMigrator loads plug-ins from "PlugIns:Folder" as the host does: a migrator that does not reference the Events
/// module creates its tables from the plug-in folder, on SQLite and PostgreSQL, and none without it.
/// </summary>
public sealed class EventsPlugInMigrationTests
{
    [Fact]
    public void The_plug_in_migrator_does_not_carry_the_module()
    {
        Directory.GetFiles(PlugInMigratorProcess.MigratorFolder, "MarketingSaaS.Events.*").ShouldBeEmpty();
        File.ReadAllText(Path.Combine(PlugInMigratorProcess.MigratorFolder, "MarketingSaaS.PlugInDbMigrator.deps.json")).ShouldNotContain("MarketingSaaS.Events");
    }

    [Fact]
    public async Task The_migrator_creates_the_plug_in_modules_tables_on_sqlite()
    {
        await using var database = new SqliteTestDatabase();

        await PlugInMigratorProcess.RunAsync(database.ApplicationConnectionString, database.OwnerConnectionString, PlugInHostProcess.PlugInFolder);

        (await EventsTablesAsync(new SqliteConnection(database.OwnerConnectionString), SqliteTables)).ShouldBe(["MarketingEvents", "__EventsMigrationsHistory"]);
    }

    [Fact]
    public async Task The_migrator_creates_the_plug_in_modules_tables_on_postgresql()
    {
        await using var database = await PostgreSqlTestDatabase.CreateAsync();

        await PlugInMigratorProcess.RunAsync(database.ApplicationConnectionString, database.OwnerConnectionString, PlugInHostProcess.PlugInFolder);

        (await EventsTablesAsync(new NpgsqlConnection(database.OwnerConnectionString), PostgreSqlTables)).ShouldBe(["MarketingEvents", "__EventsMigrationsHistory"]);
    }

    [Fact]
    public async Task Without_the_plug_in_folder_the_same_migrator_creates_no_events_tables()
    {
        await using var database = new SqliteTestDatabase();

        await PlugInMigratorProcess.RunAsync(database.ApplicationConnectionString, database.OwnerConnectionString, plugInFolder: null);

        (await EventsTablesAsync(new SqliteConnection(database.OwnerConnectionString), SqliteTables)).ShouldBeEmpty();
    }

    private const string SqliteTables = "SELECT name FROM sqlite_master WHERE type = 'table'";

    private const string PostgreSqlTables = "SELECT table_name FROM information_schema.tables WHERE table_schema NOT IN ('pg_catalog', 'information_schema')";

    /// <summary>The Events context's history table and its main table (whatever schema or prefix the module gives it).</summary>
    private static async Task<List<string>> EventsTablesAsync(DbConnection connection, string tablesQuery)
    {
        await using (connection)
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = tablesQuery;
            var tables = new List<string>();
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }

            return [.. tables.Where(t => t == "__EventsMigrationsHistory" || t.EndsWith("MarketingEvents", StringComparison.Ordinal))
                .Select(t => t == "__EventsMigrationsHistory" ? t : "MarketingEvents")
                .Order(StringComparer.Ordinal)];
        }
    }
}
