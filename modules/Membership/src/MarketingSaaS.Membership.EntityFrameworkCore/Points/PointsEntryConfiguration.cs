using MarketingSaaS.Membership.Points;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MarketingSaaS.Membership.EntityFrameworkCore.Points;

internal sealed class PointsEntryConfiguration : IEntityTypeConfiguration<PointsEntry>
{
    public void Configure(EntityTypeBuilder<PointsEntry> builder)
    {
        builder.ToTable("PointsEntries");
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(e => e.Note).HasMaxLength(256);
        builder.HasIndex(e => new { e.TenantId, e.MemberId, e.OccurredAt });
    }
}
