using MarketingSaaS.__Module__.Items;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MarketingSaaS.__Module__.EntityFrameworkCore.Items;

internal sealed class __Module__ItemConfiguration : IEntityTypeConfiguration<__Module__Item>
{
    public void Configure(EntityTypeBuilder<__Module__Item> builder)
    {
        builder.ToTable("Items");
        builder.Property(i => i.Name).HasMaxLength(__Module__ItemConsts.MaxNameLength).IsRequired();
        builder.Property(i => i.Description).HasMaxLength(__Module__ItemConsts.MaxDescriptionLength);
        builder.HasIndex(i => new { i.TenantId, i.Name });
    }
}
