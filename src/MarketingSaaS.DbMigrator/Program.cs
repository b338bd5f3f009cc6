using MarketingSaaS.DbMigrator;
using MarketingSaaS.DbMigrator.DesignTime;
using MarketingSaaS.EntityFrameworkCore.Data;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

// Migrates the host database and every tenant database of its own, then seeds host and tenants.
// Safe to run again. Configuration: appsettings.json, environment variables, command-line arguments.
var configuration = Program.ReadConfiguration(args);
await using var provider = DbMigratorServices.Build(configuration);
var databases = await provider.GetRequiredService<PlatformDatabaseInitializer>().InitializeAsync();
Console.WriteLine($"Migrated {databases} database(s) and seeded every tenant.");

public partial class Program
{
    /// <summary>
    /// `dotnet ef` takes the migrator's services from here (EF Core's host discovery) and never runs the migration above:
    /// the composed modules' DbContexts for both providers (<see cref="DesignTimeDbContexts"/>).
    /// </summary>
    public static IHostBuilder CreateHostBuilder(string[] args) => new HostBuilder().ConfigureServices(services =>
    {
        DbMigratorServices.Configure(services, ReadConfiguration(args));
        DesignTimeDbContexts.Add(services);
    });

    private static IConfiguration ReadConfiguration(string[] args) => new ConfigurationBuilder()
        .SetBasePath(AppContext.BaseDirectory)
        .AddJsonFile("appsettings.json", optional: true)
        .AddEnvironmentVariables()
        .AddCommandLine(args)
        .Build();
}
