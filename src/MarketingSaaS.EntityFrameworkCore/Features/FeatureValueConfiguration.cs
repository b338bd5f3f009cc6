using MarketingSaaS.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MarketingSaaS.EntityFrameworkCore.Features;

internal sealed class FeatureValueConfiguration : IEntityTypeConfiguration<FeatureValue>
{
    public void Configure(EntityTypeBuilder<FeatureValue> builder)
    {
        builder.ToTable("FeatureValues");
        builder.Property(f => f.Name).HasMaxLength(128).IsRequired();
        builder.Property(f => f.Value).HasMaxLength(256).IsRequired();
        builder.Property(f => f.ProviderName).HasMaxLength(8).IsRequired();
        builder.HasIndex(f => new { f.ProviderName, f.ProviderKey, f.Name }).IsUnique();
    }
}
