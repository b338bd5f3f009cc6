using MarketingSaaS.Events.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace MarketingSaaS.DbMigrator.DesignTime;

/// <summary>For `etc/add-migration.sh <Name> Events` (see docs/migrations.md).</summary>
public sealed class SqliteEventsDbContextFactory : IDesignTimeDbContextFactory<SqliteEventsDbContext>
{
    public SqliteEventsDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder()
            .UseSqlite("Data Source=design-time.db", o => o.MigrationsHistoryTable(EventsDbContext.MigrationsHistoryTable))
            .Options, DesignTimeDependencies.Create());
}
