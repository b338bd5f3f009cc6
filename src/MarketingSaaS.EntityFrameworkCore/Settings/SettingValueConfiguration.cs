using MarketingSaaS.Settings;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MarketingSaaS.EntityFrameworkCore.Settings;

internal sealed class SettingValueConfiguration : IEntityTypeConfiguration<SettingValue>
{
    public void Configure(EntityTypeBuilder<SettingValue> builder)
    {
        builder.ToTable("SettingValues");
        builder.Property(s => s.Name).HasMaxLength(128).IsRequired();
        builder.Property(s => s.Value).HasMaxLength(2048).IsRequired();
        builder.HasIndex(s => new { s.TenantId, s.UserId, s.Name }).IsUnique();
    }
}
