using MarketingSaaS.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace MarketingSaaS.DbMigrator.DesignTime;

/// <summary>For `dotnet ef migrations add … --context SqlitePlatformDbContext` (see docs/migrations.md).</summary>
public sealed class SqlitePlatformDbContextFactory : IDesignTimeDbContextFactory<SqlitePlatformDbContext>
{
    public SqlitePlatformDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder()
            .UseSqlite("Data Source=design-time.db", o => o.MigrationsHistoryTable(PlatformDbContext.MigrationsHistoryTable))
            .Options, DesignTimeDependencies.Create());
}
