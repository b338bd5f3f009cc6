using MarketingSaaS.DbMigrator;
using MarketingSaaS.EntityFrameworkCore.Data;
using MarketingSaaS.Framework.Modularity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

// Migrates the host database and every tenant database of its own, then seeds host and tenants.
// Safe to run again. Configuration: appsettings.json, environment variables, command-line arguments.
var configuration = new ConfigurationBuilder()
    .SetBasePath(AppContext.BaseDirectory)
    .AddJsonFile("appsettings.json", optional: true)
    .AddEnvironmentVariables()
    .AddCommandLine(args)
    .Build();

var services = new ServiceCollection();
services.AddSingleton<IConfiguration>(configuration);
services.AddLogging(b => b.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Information)
    .AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Warning));
var modular = ModularApplication.Create(typeof(MarketingSaaSDbMigratorModule), services, configuration);
await using var provider = services.BuildServiceProvider();
modular.Initialize(provider);

var databases = await provider.GetRequiredService<PlatformDatabaseInitializer>().InitializeAsync();
Console.WriteLine($"Migrated {databases} database(s) and seeded every tenant.");
