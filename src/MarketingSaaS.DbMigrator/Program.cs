using MarketingSaaS.DbMigrator;
using MarketingSaaS.EntityFrameworkCore.Data;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

// Migrates the host database and every tenant database of its own, then seeds host and tenants.
// Safe to run again. Configuration: appsettings.json, environment variables, command-line arguments.
var configuration = new ConfigurationBuilder()
    .SetBasePath(AppContext.BaseDirectory)
    .AddJsonFile("appsettings.json", optional: true)
    .AddEnvironmentVariables()
    .AddCommandLine(args)
    .Build();

await using var provider = DbMigratorServices.Build(configuration);
var databases = await provider.GetRequiredService<PlatformDatabaseInitializer>().InitializeAsync();
Console.WriteLine($"Migrated {databases} database(s) and seeded every tenant.");
