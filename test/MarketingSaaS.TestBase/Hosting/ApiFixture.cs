using MarketingSaaS.TestBase.Clients;
using MarketingSaaS.TestBase.Databases;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace MarketingSaaS.TestBase.Hosting;

/// <summary>One host and one database per test class; tests create their own tenants with unique slugs.</summary>
public abstract class ApiFixture : IAsyncLifetime
{
    private ITestDatabase? _database;
    private MarketingApiFactory? _factory;

    public MarketingApiFactory Factory => _factory ?? throw new InvalidOperationException("The fixture is not initialized.");

    public ITestDatabase Database => _database ?? throw new InvalidOperationException("The fixture is not initialized.");

    public string Provider => Database.Provider;

    protected virtual IReadOnlyDictionary<string, string?>? Settings => null;

    /// <summary>
    /// PBKDF2 iterations of the test host. The production count (210,000, about 190 ms of a core per hash) made
    /// password hashing a quarter of the API suite's CPU time; a fixture that tests the stored hash sets it back.
    /// </summary>
    protected virtual int PasswordHashIterations => TestPasswordHashIterations;

    public const int TestPasswordHashIterations = 1_000;

    protected abstract Task<ITestDatabase> CreateDatabaseAsync();

    /// <summary>Test-only services for the host, e.g. a feature definition provider or an endpoint-mapping startup filter.</summary>
    protected virtual void ConfigureServices(IServiceCollection services)
    {
    }

    public async Task InitializeAsync()
    {
        _database = await CreateDatabaseAsync();
        _factory = new MarketingApiFactory(_database, Settings, services =>
        {
            services.Configure<PasswordHasherOptions>(o => o.IterationCount = PasswordHashIterations);
            ConfigureServices(services);
        });
        _ = _factory.Server;
    }

    public async Task DisposeAsync()
    {
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    public ApiClient Anonymous(string? tenant = null) => new(Factory.CreateClient(), tenant);

    public Task<TenantSession> SignUpAsync(string? slug = null) => TenantSession.SignUpAsync(this, slug);

    public IServiceProvider Services => Factory.Services;
}
