using MarketingSaaS.EntityFrameworkCore.Data;

namespace MarketingSaaS.Data;

public static class DatabaseStartup
{
    /// <summary>
    /// "Database:MigrateOnStart" (on for the embedded SQLite default): migrate and seed before serving,
    /// and print the demo company's sign-in details. A server database is migrated by the DbMigrator.
    /// </summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        if (!app.Configuration.GetValue("Database:MigrateOnStart", false))
        {
            return;
        }

        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        await services.GetRequiredService<PlatformDatabaseInitializer>().InitializeAsync();
        if (app.Configuration.GetValue("Seed:DemoTenant", false))
        {
            await services.GetRequiredService<DemoTenantSeeder>().SeedAsync();
            Console.WriteLine($"""

                MarketingSaaS is ready at {string.Join(", ", app.Urls.DefaultIfEmpty("http://localhost:5000"))}
                  Demo company:  {DemoTenantSeeder.Slug}
                  User name:     {DemoTenantSeeder.AdminUserName}
                  Password:      {DemoTenantSeeder.AdminPassword}
                  Host admin:    admin / {app.Configuration["Seed:HostAdminPassword"]}

                """);
        }
    }
}
