using MarketingSaaS.OrganizationUnits;
using MarketingSaaS.Positions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MarketingSaaS.EntityFrameworkCore.Positions;

internal sealed class PositionUnitConfiguration : IEntityTypeConfiguration<PositionUnit>
{
    public void Configure(EntityTypeBuilder<PositionUnit> builder)
    {
        builder.ToTable("PositionUnits");
        builder.HasKey(u => new { u.PositionId, u.OrganizationUnitId });
        builder.HasIndex(u => new { u.TenantId, u.OrganizationUnitId });
        builder.HasOne<OrganizationUnit>().WithMany().HasForeignKey(u => u.OrganizationUnitId).OnDelete(DeleteBehavior.Restrict);
    }
}
