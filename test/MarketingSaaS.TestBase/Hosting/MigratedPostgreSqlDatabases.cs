using MarketingSaaS.TestBase.Databases;
using Npgsql;

namespace MarketingSaaS.TestBase.Hosting;

/// <summary>PostgreSQL databases already migrated and seeded: file-level copies (<c>CREATE DATABASE … TEMPLATE</c>) of one <see cref="DatabaseTemplate{TDatabase}"/>.</summary>
public static class MigratedPostgreSqlDatabases
{
    private static readonly DatabaseTemplate<PostgreSqlTestDatabase> Template = new(PostgreSqlTestDatabase.CreateAsync, NpgsqlConnection.ClearAllPools);

    public static async Task<PostgreSqlTestDatabase> CreateAsync() => await PostgreSqlTestDatabase.CreateAsync((await Template.GetAsync()).Name);
}
