using MarketingSaaS.Framework.EntityFrameworkCore.DbContexts;
using MarketingSaaS.Framework.Modularity;
using MarketingSaaS.Framework.MultiTenancy;
using MarketingSaaS.Framework.Users;
using MarketingSaaS.TestBase.Timing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace MarketingSaaS.Framework.Tests.Helpers.Data;

/// <summary>
/// The framework's data services (modules, DbContext provider, unit of work) around <see cref="TestDbContext"/>,
/// with a hand-moved clock, a settable current user and a fake tenant store.
/// </summary>
public sealed class TestDataHost : IAsyncDisposable
{
    private readonly List<string> _sqliteFiles = [];

    private TestDataHost(string defaultConnectionString)
    {
        DefaultConnectionString = defaultConnectionString;
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Default"] = defaultConnectionString })
            .Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton<TimeProvider>(Clock);
        services.AddSingleton<ICurrentUser>(User);
        services.AddSingleton<ITenantStore>(Tenants);
        ModularApplication.Create(typeof(TestDataModule), services, configuration);
        Services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }

    public string DefaultConnectionString { get; }

    public TestClock Clock { get; } = new();

    public TestCurrentUser User { get; } = new();

    public FakeTenantStore Tenants { get; } = new();

    public ServiceProvider Services { get; }

    public ICurrentTenant CurrentTenant => Services.GetRequiredService<ICurrentTenant>();

    public static async Task<TestDataHost> CreateSqliteAsync()
    {
        var connectionString = NewSqliteConnectionString(out var file);
        var host = new TestDataHost(connectionString);
        host._sqliteFiles.Add(file);
        await host.EnsureCreatedAsync(connectionString);
        return host;
    }

    /// <summary>A host whose default database is <paramref name="connectionString"/> (schema not created).</summary>
    public static TestDataHost Create(string connectionString) => new(connectionString);

    /// <summary>Another SQLite file, schema created, deleted with the host.</summary>
    public async Task<string> CreateSqliteDatabaseAsync()
    {
        var connectionString = NewSqliteConnectionString(out var file);
        _sqliteFiles.Add(file);
        await EnsureCreatedAsync(connectionString);
        return connectionString;
    }

    public async Task EnsureCreatedAsync(string connectionString)
    {
        await using var context = CreateContext(connectionString);
        await context.Database.EnsureCreatedAsync();
    }

    /// <summary>A context on any connection string, outside the unit of work (the caller disposes it).</summary>
    public TestDbContext CreateContext(string connectionString)
    {
        var registration = Services.GetRequiredService<MarketingDbContextRegistration<TestDbContext>>();
        var dependencies = new MarketingDbContextDependencies(CurrentTenant, Services.GetRequiredService<MarketingSaaS.Framework.Data.IDataFilter>(), User, Clock);
        return (TestDbContext)registration.Create(connectionString, dependencies, Services.GetRequiredService<DbContextOptionsFactory>());
    }

    /// <summary>Runs <paramref name="action"/> in a fresh DI scope (one unit of work) with the scope's context.</summary>
    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, TestDbContext, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        var context = await scope.ServiceProvider.GetRequiredService<IDbContextProvider<TestDbContext>>().GetDbContextAsync();
        return await action(scope.ServiceProvider, context);
    }

    public Task InScopeAsync(Func<IServiceProvider, TestDbContext, Task> action) =>
        InScopeAsync<bool>(async (sp, db) =>
        {
            await action(sp, db);
            return true;
        });

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        foreach (var file in _sqliteFiles)
        {
            foreach (var path in new[] { file, file + "-wal", file + "-shm" })
            {
                File.Delete(path);
            }
        }
    }

    private static string NewSqliteConnectionString(out string file)
    {
        file = Path.Combine(Path.GetTempPath(), $"msaas-fw-{Guid.NewGuid():N}.db");
        return $"Data Source={file}";
    }
}
