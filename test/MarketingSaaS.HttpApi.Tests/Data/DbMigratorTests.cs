using MarketingSaaS.DbMigrator;
using MarketingSaaS.EntityFrameworkCore;
using MarketingSaaS.EntityFrameworkCore.Data;
using MarketingSaaS.Framework.EntityFrameworkCore.DbContexts;
using MarketingSaaS.TestBase;
using MarketingSaaS.TestBase.Databases;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace MarketingSaaS.HttpApi.Tests.Data;

/// <summary>The DbMigrator's own composition (no web host) migrates and seeds an empty database, twice.</summary>
public sealed class DbMigratorTests
{
    [Fact]
    public async Task The_migrator_creates_and_seeds_an_empty_sqlite_database_and_can_run_again()
    {
        await using var database = new SqliteTestDatabase();
        await AssertMigratesTwiceAsync(database);
    }

    [Fact]
    public async Task The_migrator_creates_and_seeds_an_empty_postgresql_database_and_can_run_again()
    {
        await using var database = await PostgreSqlTestDatabase.CreateAsync();
        await AssertMigratesTwiceAsync(database);
    }

    [Fact]
    public async Task Without_a_host_admin_password_the_migrator_exits_with_1()
    {
        await using var database = new SqliteTestDatabase();

        (await MigratorRun.RunAsync(Configuration(database, hostAdminPassword: null), TextWriter.Null, TextWriter.Null)).ShouldBe(1);
    }

    [Fact]
    public async Task Without_a_host_admin_password_the_migrator_says_which_setting_is_missing()
    {
        await using var database = new SqliteTestDatabase();
        var error = new StringWriter();

        await MigratorRun.RunAsync(Configuration(database, hostAdminPassword: null), TextWriter.Null, error);

        error.ToString().ShouldContain("Seed:HostAdminPassword is not configured");
    }

    [Fact]
    public async Task Without_a_host_admin_password_the_migrator_creates_no_table()
    {
        await using var database = await PostgreSqlTestDatabase.CreateAsync();

        await MigratorRun.RunAsync(Configuration(database, hostAdminPassword: null), TextWriter.Null, TextWriter.Null);

        await using var connection = new Npgsql.NpgsqlConnection(database.OwnerConnectionString);
        await connection.OpenAsync();
        await using var count = new Npgsql.NpgsqlCommand("SELECT count(*)::int FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema')", connection);
        ((int)(await count.ExecuteScalarAsync())!).ShouldBe(0);
    }

    [Fact]
    public async Task The_migrator_ends_with_the_counts_of_databases_and_seeded_companies()
    {
        await using var database = new SqliteTestDatabase();
        var output = new StringWriter();

        await MigratorRun.RunAsync(Configuration(database, TestAccounts.HostAdminPassword), output, TextWriter.Null);

        output.ToString().TrimEnd().Split('\n')[^1].ShouldStartWith("Done: 1 database(s) migrated (");
    }

    [Fact]
    public void The_migrator_ships_no_host_admin_password_outside_development()
    {
        var folder = Path.Combine(Architecture.ModuleReferenceTests.RepositoryRoot(), "src", "MarketingSaaS.DbMigrator");
        var shipped = new ConfigurationBuilder().AddJsonFile(Path.Combine(folder, "appsettings.json")).Build();

        shipped["Seed:HostAdminPassword"].ShouldBeNull();
    }

    private static IConfiguration Configuration(ITestDatabase database, string? hostAdminPassword) =>
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Default"] = database.ApplicationConnectionString,
            ["ConnectionStrings:Migrations"] = database.OwnerConnectionString,
            ["Seed:HostAdminPassword"] = hostAdminPassword,
        }).Build();

    private static async Task AssertMigratesTwiceAsync(ITestDatabase database)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Default"] = database.ApplicationConnectionString,
            ["ConnectionStrings:Migrations"] = database.OwnerConnectionString,
            ["Seed:HostAdminPassword"] = TestAccounts.HostAdminPassword,
        }).Build();

        await using (var provider = DbMigratorServices.Build(configuration))
        {
            (await provider.GetRequiredService<PlatformDatabaseInitializer>().InitializeAsync()).Databases.ShouldBe(1);
        }

        await using (var provider = DbMigratorServices.Build(configuration))
        {
            await provider.GetRequiredService<PlatformDatabaseInitializer>().InitializeAsync();
            await using var scope = provider.CreateAsyncScope();
            var context = await scope.ServiceProvider.GetRequiredService<IDbContextProvider<PlatformDbContext>>().GetDbContextAsync();
            (await context.HostUsers.CountAsync()).ShouldBe(1);
            (await context.Editions.CountAsync()).ShouldBe(1);
            (await context.HostPermissionGrants.CountAsync()).ShouldBeGreaterThan(0);
        }
    }
}
