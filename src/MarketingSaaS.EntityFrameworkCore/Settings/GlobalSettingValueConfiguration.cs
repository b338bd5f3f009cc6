using MarketingSaaS.Settings;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MarketingSaaS.EntityFrameworkCore.Settings;

internal sealed class GlobalSettingValueConfiguration : IEntityTypeConfiguration<GlobalSettingValue>
{
    public void Configure(EntityTypeBuilder<GlobalSettingValue> builder)
    {
        builder.ToTable("GlobalSettingValues");
        builder.Property(s => s.Name).HasMaxLength(128).IsRequired();
        builder.Property(s => s.Value).HasMaxLength(2048).IsRequired();
        builder.HasIndex(s => s.Name).IsUnique();
    }
}
