using MarketingSaaS.TestBase.Databases;
using Microsoft.Data.Sqlite;

namespace MarketingSaaS.TestBase.Hosting;

/// <summary>SQLite files already migrated and seeded: copies of one <see cref="DatabaseTemplate{TDatabase}"/>.</summary>
public static class MigratedSqliteDatabases
{
    private static readonly DatabaseTemplate<SqliteTestDatabase> Template = new(() => Task.FromResult(new SqliteTestDatabase()), SqliteConnection.ClearAllPools);

    public static async Task<SqliteTestDatabase> CreateAsync() => new(await Template.GetAsync());
}
