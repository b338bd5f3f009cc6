using MarketingSaaS.Data;
using MarketingSaaS.DbMigrator;
using MarketingSaaS.Framework.EntityFrameworkCore.Migrations;
using MarketingSaaS.Framework.Modularity;
using MarketingSaaS.Tenants;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

// Migrates the host database and every tenant database of its own, then seeds host and tenants.
// Safe to run again. Configuration: appsettings.json, MARKETINGSAAS_-prefixed environment variables, arguments.
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

var defaultConnection = configuration.GetConnectionString("Default")
    ?? throw new InvalidOperationException("ConnectionStrings:Default is not configured.");
await using (var scope = provider.CreateAsyncScope())
{
    await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync(defaultConnection);
}

List<string> tenantDatabases;
await using (var scope = provider.CreateAsyncScope())
{
    var tenants = scope.ServiceProvider.GetRequiredService<ITenantRepository>();
    tenantDatabases = [.. (await tenants.GetListAsync(t => t.ConnectionString != null)).Select(t => t.ConnectionString!).Distinct()];
}

foreach (var connectionString in tenantDatabases)
{
    await using var scope = provider.CreateAsyncScope();
    await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync(connectionString);
}

await using (var scope = provider.CreateAsyncScope())
{
    var seeder = scope.ServiceProvider.GetRequiredService<PlatformDataSeeder>();
    await seeder.SeedHostAsync(configuration["Seed:HostAdminPassword"] ?? "Host@12345");
    await seeder.SeedTenantsAsync();
}

Console.WriteLine($"Migrated {1 + tenantDatabases.Count} database(s) and seeded every tenant.");
