using MarketingSaaS.OrganizationUnits;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MarketingSaaS.EntityFrameworkCore.OrganizationUnits;

internal sealed class OrganizationUnitConfiguration : IEntityTypeConfiguration<OrganizationUnit>
{
    public void Configure(EntityTypeBuilder<OrganizationUnit> builder)
    {
        builder.ToTable("OrganizationUnits");
        builder.Property(u => u.Code).HasMaxLength(OrganizationUnitConsts.MaxCodeLength).IsRequired();
        builder.Property(u => u.DisplayName).HasMaxLength(OrganizationUnitConsts.MaxDisplayNameLength).IsRequired();
        builder.HasIndex(u => new { u.TenantId, u.Code }).IsUnique();
        builder.HasIndex(u => new { u.TenantId, u.ParentId });
    }
}
