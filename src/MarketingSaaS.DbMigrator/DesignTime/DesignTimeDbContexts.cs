using MarketingSaaS.Framework.Data;
using MarketingSaaS.Framework.EntityFrameworkCore.DbContexts;
using MarketingSaaS.Framework.MultiTenancy;
using MarketingSaaS.Framework.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MarketingSaaS.DbMigrator.DesignTime;

/// <summary>
/// For `dotnet ef` (etc/add-migration.sh): every DbContext the migrator composes — the platform's, each referenced
/// module's, each plug-in's — as both provider subclasses, built from its own registration. No factory per context:
/// `dotnet ef` finds SqliteEventsDbContext in the target project and asks the migrator's services for it.
/// </summary>
internal static class DesignTimeDbContexts
{
    private static readonly (DatabaseProvider Provider, string ConnectionString)[] Providers =
    [
        (DatabaseProvider.Sqlite, "Data Source=design-time.db"),
        (DatabaseProvider.PostgreSql, "Host=localhost;Database=design_time"),
    ];

    public static void Add(IServiceCollection services)
    {
        var registrations = services.Select(d => d.ImplementationInstance).OfType<IMigratableDbContextRegistration>().ToList();
        foreach (var registration in registrations)
        {
            foreach (var (provider, connectionString) in Providers)
            {
                var options = Options(provider, connectionString, registration.MigrationsHistoryTable, registration.MigrationsHistorySchema);
                services.AddTransient(registration.ContextTypeFor(provider), _ => registration.Create(options, Dependencies(), provider));
            }
        }
    }

    private static DbContextOptions Options(DatabaseProvider provider, string connectionString, string historyTable, string? historySchema) =>
        provider == DatabaseProvider.Sqlite
            ? new DbContextOptionsBuilder().UseSqlite(connectionString, o => o.MigrationsHistoryTable(historyTable)).Options
            : new DbContextOptionsBuilder().UseNpgsql(connectionString, o => o.MigrationsHistoryTable(historyTable, historySchema)).Options;

    private static MarketingDbContextDependencies Dependencies() =>
        new(new CurrentTenant(), new DataFilter(), new AnonymousCurrentUser(), TimeProvider.System);
}
