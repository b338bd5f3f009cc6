using MarketingSaaS.EntityFrameworkCore.Data;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace MarketingSaaS.Data;

public static class DatabaseStartup
{
    /// <summary>
    /// "Database:MigrateOnStart" (on for the embedded SQLite default): migrate and seed before serving (an
    /// up-to-date, seeded database is only checked), and print the demo company's sign-in details (<see cref="StartupBanner"/>). A server
    /// database is migrated by the DbMigrator.
    /// </summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        if (!app.Configuration.GetValue("Database:MigrateOnStart", false))
        {
            return;
        }

        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var demoTenant = app.Configuration.GetValue("Seed:DemoTenant", false);
        await services.GetRequiredService<PlatformDatabaseInitializer>().InitializeOnStartAsync(
            demoTenant ? services.GetRequiredService<DemoTenantSeeder>().SeedAsync : null);
        if (demoTenant)
        {
            // Printed once Kestrel listens, with the addresses it really bound.
            app.Lifetime.ApplicationStarted.Register(() => Console.WriteLine(StartupBanner.Text(ListeningAddresses(app))));
        }
    }

    private static IEnumerable<string> ListeningAddresses(WebApplication app) =>
        app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses is { Count: > 0 } addresses
            ? addresses
            : app.Urls;
}
