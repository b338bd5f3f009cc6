using MarketingSaaS.Permissions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MarketingSaaS.EntityFrameworkCore.Permissions;

internal sealed class PermissionGrantConfiguration : IEntityTypeConfiguration<PermissionGrant>
{
    public void Configure(EntityTypeBuilder<PermissionGrant> builder)
    {
        builder.ToTable("PermissionGrants");
        builder.Property(g => g.Name).HasMaxLength(128).IsRequired();
        builder.Property(g => g.ProviderName).HasMaxLength(8).IsRequired();
        builder.Property(g => g.ProviderKey).HasMaxLength(64).IsRequired();
        builder.HasIndex(g => new { g.TenantId, g.ProviderName, g.ProviderKey, g.Name }).IsUnique();
    }
}
