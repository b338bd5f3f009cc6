using MarketingSaaS.Framework.EntityFrameworkCore.DbContexts;
using Microsoft.EntityFrameworkCore;

namespace MarketingSaaS.Framework.Tests.Helpers.Data;

public sealed class TestDbContext(DbContextOptions options, MarketingDbContextDependencies dependencies)
    : MarketingDbContext(options, dependencies)
{
    public DbSet<Campaign> Campaigns => Set<Campaign>();

    public DbSet<Region> Regions => Set<Region>();

    protected override bool OwnsEntityChangeLogTable => true;

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<Campaign>(b =>
        {
            b.ToTable("Campaigns");
            b.Property(e => e.Code).HasMaxLength(32);
            b.Property(e => e.Name).HasMaxLength(128);
            b.HasIndex(e => new { e.TenantId, e.Code }).IsUnique();
        });
        modelBuilder.Entity<Region>(b => b.ToTable("Regions"));
        ApplyConventions(modelBuilder);
    }
}
