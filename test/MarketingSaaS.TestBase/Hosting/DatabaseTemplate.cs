using MarketingSaaS.TestBase.Databases;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace MarketingSaaS.TestBase.Hosting;

/// <summary>
/// A database that one host migrates and seeds once per test process, for fixtures to copy: copying is much cheaper
/// than running every migration again for each test class. The host of each copy still runs its migrations and
/// seeding at start, which find nothing left to do. Dropped when the process exits.
/// </summary>
internal sealed class DatabaseTemplate<TDatabase>(Func<Task<TDatabase>> createEmpty, Action closePooledConnections)
    where TDatabase : ITestDatabase
{
    private readonly SemaphoreSlim _lock = new(1, 1);
    private TDatabase? _template;

    public async Task<TDatabase> GetAsync()
    {
        await _lock.WaitAsync();
        try
        {
            if (_template is null)
            {
                var template = await createEmpty();
                await using (var host = new MarketingApiFactory(
                    template, configureServices: services => services.Configure<PasswordHasherOptions>(o => o.IterationCount = ApiFixture.TestPasswordHashIterations)))
                {
                    _ = host.Server;
                }

                // Nobody may stay connected to a PostgreSQL template; closing SQLite's connections checkpoints its log into the file.
                closePooledConnections();
                AppDomain.CurrentDomain.ProcessExit += (_, _) => template.DisposeAsync().AsTask().GetAwaiter().GetResult();
                _template = template;
            }

            return _template;
        }
        finally
        {
            _lock.Release();
        }
    }
}
