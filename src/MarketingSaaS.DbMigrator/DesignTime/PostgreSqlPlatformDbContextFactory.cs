using MarketingSaaS.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace MarketingSaaS.DbMigrator.DesignTime;

/// <summary>For `dotnet ef migrations add … --context PostgreSqlPlatformDbContext` (see docs/migrations.md).</summary>
public sealed class PostgreSqlPlatformDbContextFactory : IDesignTimeDbContextFactory<PostgreSqlPlatformDbContext>
{
    public PostgreSqlPlatformDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder()
            .UseNpgsql("Host=localhost;Database=design_time", o => o.MigrationsHistoryTable(PlatformDbContext.MigrationsHistoryTable))
            .Options, DesignTimeDependencies.Create());
}
