using MarketingSaaS.Permissions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MarketingSaaS.EntityFrameworkCore.Permissions;

internal sealed class HostPermissionGrantConfiguration : IEntityTypeConfiguration<HostPermissionGrant>
{
    public void Configure(EntityTypeBuilder<HostPermissionGrant> builder)
    {
        builder.ToTable("HostPermissionGrants");
        builder.Property(g => g.Name).HasMaxLength(128).IsRequired();
        builder.Property(g => g.ProviderName).HasMaxLength(8).IsRequired();
        builder.Property(g => g.ProviderKey).HasMaxLength(64).IsRequired();
        builder.HasIndex(g => new { g.ProviderName, g.ProviderKey, g.Name }).IsUnique();
    }
}
