using MarketingSaaS.Events.MarketingEvents;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MarketingSaaS.Events.EntityFrameworkCore.MarketingEvents;

internal sealed class MarketingEventConfiguration : IEntityTypeConfiguration<MarketingEvent>
{
    public void Configure(EntityTypeBuilder<MarketingEvent> builder)
    {
        builder.ToTable("MarketingEvents");
        builder.Property(e => e.Name).HasMaxLength(MarketingEventConsts.MaxNameLength).IsRequired();
        builder.HasIndex(e => new { e.TenantId, e.StartTime });
        builder.HasIndex(e => new { e.TenantId, e.Status });
    }
}
