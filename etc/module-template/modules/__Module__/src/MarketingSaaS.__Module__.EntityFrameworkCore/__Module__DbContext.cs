using MarketingSaaS.__Module__.Items;
using MarketingSaaS.Framework.EntityFrameworkCore.DbContexts;
using Microsoft.EntityFrameworkCore;

namespace MarketingSaaS.__Module__.EntityFrameworkCore;

/// <summary>
/// The __Module__ module's tables: same database as the platform, own migrations history; on PostgreSQL in the schema
/// <c>__module__</c>, on SQLite named <c>__Module___…</c> (<see cref="ModuleTables"/>, from <see cref="ModuleName"/>).
/// </summary>
public abstract class __Module__DbContext(DbContextOptions options, MarketingDbContextDependencies dependencies)
    : MarketingDbContext(options, dependencies)
{
    public DbSet<__Module__Item> Items => Set<__Module__Item>();

    protected override string ModuleName => __Module__Features.ModuleName;

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(__Module__DbContext).Assembly);
        if (Database.IsSqlite())
        {
            modelBuilder.StoreTimesAsUtcTicks(t => t.Namespace?.StartsWith("MarketingSaaS.__Module__", StringComparison.Ordinal) == true);
        }

        ApplyConventions(modelBuilder);
    }
}
