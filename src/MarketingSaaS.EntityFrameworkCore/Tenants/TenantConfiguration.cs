using MarketingSaaS.Tenants;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MarketingSaaS.EntityFrameworkCore.Tenants;

internal sealed class TenantConfiguration : IEntityTypeConfiguration<Tenant>
{
    public void Configure(EntityTypeBuilder<Tenant> builder)
    {
        builder.ToTable("Tenants");
        builder.Property(t => t.Name).HasMaxLength(TenantConsts.MaxNameLength).IsRequired();
        builder.Property(t => t.Slug).HasMaxLength(TenantConsts.MaxSlugLength).IsRequired();
        builder.Property(t => t.ConnectionString).HasMaxLength(TenantConsts.MaxConnectionStringLength);
        builder.HasIndex(t => t.Slug).IsUnique();
        builder.HasIndex(t => t.Name);
    }
}
