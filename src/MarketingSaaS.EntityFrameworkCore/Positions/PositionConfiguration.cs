using MarketingSaaS.Positions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MarketingSaaS.EntityFrameworkCore.Positions;

internal sealed class PositionConfiguration : IEntityTypeConfiguration<Position>
{
    public void Configure(EntityTypeBuilder<Position> builder)
    {
        builder.ToTable("Positions");
        builder.Property(p => p.Name).HasMaxLength(PositionConsts.MaxNameLength).IsRequired();
        builder.Property(p => p.Duties).HasMaxLength(PositionConsts.MaxDutiesLength);
        builder.HasIndex(p => new { p.TenantId, p.Name });
        builder.HasMany(p => p.Units).WithOne().HasForeignKey(u => u.PositionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Holders).WithOne().HasForeignKey(h => h.PositionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Collaborators).WithOne().HasForeignKey(c => c.PositionId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Units).HasField("_units");
        builder.Navigation(p => p.Holders).HasField("_holders");
        builder.Navigation(p => p.Collaborators).HasField("_collaborators");
    }
}
