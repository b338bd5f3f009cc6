using MarketingSaaS.DbMigrator;
using MarketingSaaS.DbMigrator.DesignTime;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

// Migrates the host database and every tenant database of its own, then seeds host and tenants.
// Safe to run again. Configuration: appsettings.json, appsettings.{DOTNET_ENVIRONMENT}.json (Production when unset),
// environment variables, command-line arguments.
var configuration = Program.ReadConfiguration(args);
return await MigratorRun.RunAsync(configuration, Console.Out, Console.Error);

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

    private static IConfiguration ReadConfiguration(string[] args)
    {
        var environment = Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT") ?? Environments.Production;
        return new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddJsonFile($"appsettings.{environment}.json", optional: true)
            .AddEnvironmentVariables()
            .AddCommandLine(args)
            .Build();
    }
}
