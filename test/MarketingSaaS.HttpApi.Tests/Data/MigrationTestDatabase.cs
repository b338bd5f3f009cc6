using System.Data.Common;
using MarketingSaaS.DbMigrator;
using MarketingSaaS.Framework.EntityFrameworkCore.DbContexts;
using MarketingSaaS.Framework.EntityFrameworkCore.PostgreSql;
using MarketingSaaS.TestBase;
using MarketingSaaS.TestBase.Databases;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace MarketingSaaS.HttpApi.Tests.Data;

/// <summary>
/// What the data migration tests share: the DbMigrator's composition over a test database, one of its contexts on the
/// owner connection (to migrate step by step), and plain SQL on the owner connection, read across tenants.
/// </summary>
internal static class MigrationTestDatabase
{
    public static ServiceProvider MigratorServices(ITestDatabase database) =>
        DbMigratorServices.Build(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Default"] = database.ApplicationConnectionString,
            ["ConnectionStrings:Migrations"] = database.OwnerConnectionString,
            ["Seed:HostAdminPassword"] = TestAccounts.HostAdminPassword,
        }).Build());

    /// <summary>The composed context whose type matches, on the owner connection, with its scope.</summary>
    public static OwnedContext OpenContext(ServiceProvider provider, ITestDatabase database, Func<Type, bool> contextType)
    {
        var registration = provider.GetServices<IMigratableDbContextRegistration>().Single(r => contextType(r.ContextType));
        var scope = provider.CreateAsyncScope();
        var context = registration.Create(
            database.OwnerConnectionString,
            scope.ServiceProvider.GetRequiredService<MarketingDbContextDependencies>(),
            scope.ServiceProvider.GetRequiredService<DbContextOptionsFactory>());
        return new OwnedContext(scope, context);
    }

    public static async Task ExecuteAsync(ITestDatabase database, params IEnumerable<string> statements)
    {
        await using var connection = Connection(database);
        await connection.OpenAsync();
        foreach (var sql in statements)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            await command.ExecuteNonQueryAsync();
        }
    }

    /// <summary>Each row of the query, read across tenants (on PostgreSQL the tables carry forced row-level security).</summary>
    public static async Task<List<T>> ReadAsync<T>(ITestDatabase database, string sql, Func<DbDataReader, T> row)
    {
        await using var connection = Connection(database);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        var sqlite = database.Provider == "Sqlite";
        command.CommandText = sqlite
            ? sql
            : $"SELECT set_config('{PostgreSqlTenantSessionInterceptor.SettingName}', '{PostgreSqlTenantSessionInterceptor.AllTenants}', false); " + sql;
        await using var reader = await command.ExecuteReaderAsync();
        if (!sqlite)
        {
            await reader.NextResultAsync();
        }

        var rows = new List<T>();
        while (await reader.ReadAsync())
        {
            rows.Add(row(reader));
        }

        return rows;
    }

    public static DbConnection Connection(ITestDatabase database) =>
        database.Provider == "Sqlite" ? new SqliteConnection(database.OwnerConnectionString) : new NpgsqlConnection(database.OwnerConnectionString);

    /// <summary>A context of the migrator's composition and the scope it was created in; disposing disposes both.</summary>
    internal sealed class OwnedContext(AsyncServiceScope scope, MarketingDbContext context) : IAsyncDisposable
    {
        public MarketingDbContext Context { get; } = context;

        public List<string> Migrations => [.. Context.Database.GetMigrations()];

        public Task MigrateToAsync(string migration) => Context.GetService<IMigrator>().MigrateAsync(migration);

        public async ValueTask DisposeAsync()
        {
            await Context.DisposeAsync();
            await scope.DisposeAsync();
        }
    }
}
