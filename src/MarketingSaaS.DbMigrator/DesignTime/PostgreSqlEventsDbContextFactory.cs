using MarketingSaaS.Events.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace MarketingSaaS.DbMigrator.DesignTime;

/// <summary>For `etc/add-migration.sh <Name> Events` (see docs/migrations.md).</summary>
public sealed class PostgreSqlEventsDbContextFactory : IDesignTimeDbContextFactory<PostgreSqlEventsDbContext>
{
    public PostgreSqlEventsDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder()
            .UseNpgsql("Host=localhost;Database=design_time", o => o.MigrationsHistoryTable(EventsDbContext.MigrationsHistoryTable))
            .Options, DesignTimeDependencies.Create());
}
