using MarketingSaaS.Framework.EntityFrameworkCore.DbContexts;
using MarketingSaaS.Membership.Members;
using MarketingSaaS.Membership.Points;
using MarketingSaaS.Membership.Purchases;
using Microsoft.EntityFrameworkCore;

namespace MarketingSaaS.Membership.EntityFrameworkCore;

/// <summary>
/// The Membership module's tables: same database as the platform, own migrations history; on PostgreSQL in the schema
/// <c>membership</c>, on SQLite named <c>Membership_…</c> (<see cref="ModuleTables"/>, from <see cref="ModuleName"/>).
/// </summary>
public abstract class MembershipDbContext(DbContextOptions options, MarketingDbContextDependencies dependencies)
    : MarketingDbContext(options, dependencies)
{
    public DbSet<Member> Members => Set<Member>();

    public DbSet<MemberTag> MemberTags => Set<MemberTag>();

    public DbSet<Purchase> Purchases => Set<Purchase>();

    public DbSet<Refund> Refunds => Set<Refund>();

    public DbSet<PointsEntry> PointsEntries => Set<PointsEntry>();

    protected override string ModuleName => MembershipFeatures.ModuleName;

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(MembershipDbContext).Assembly);
        if (Database.IsSqlite())
        {
            modelBuilder.StoreTimesAsUtcTicks(t => t.Namespace?.StartsWith("MarketingSaaS.Membership", StringComparison.Ordinal) == true);
        }

        ApplyConventions(modelBuilder);
    }
}
