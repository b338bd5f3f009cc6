using MarketingSaaS.Editions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MarketingSaaS.EntityFrameworkCore.Editions;

internal sealed class EditionConfiguration : IEntityTypeConfiguration<Edition>
{
    public void Configure(EntityTypeBuilder<Edition> builder)
    {
        builder.ToTable("Editions");
        builder.Property(e => e.Name).HasMaxLength(EditionConsts.MaxNameLength).IsRequired();
        builder.HasIndex(e => e.Name).IsUnique();
    }
}
