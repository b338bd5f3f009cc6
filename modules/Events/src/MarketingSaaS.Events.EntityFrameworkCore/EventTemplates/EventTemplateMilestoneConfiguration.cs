using MarketingSaaS.Events.EventTemplates;
using MarketingSaaS.Events.Plans;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MarketingSaaS.Events.EntityFrameworkCore.EventTemplates;

internal sealed class EventTemplateMilestoneConfiguration : IEntityTypeConfiguration<EventTemplateMilestone>
{
    public void Configure(EntityTypeBuilder<EventTemplateMilestone> builder)
    {
        builder.ToTable("EventTemplateMilestones");
        builder.Property(m => m.Name).HasMaxLength(EventPlanConsts.MaxNameLength).IsRequired();
        // Ticks: exact on both providers (SQLite has no interval type).
        builder.Property(m => m.OffsetFromStart).HasConversion<long>().HasColumnName("OffsetFromStartTicks");
        builder.HasIndex(m => new { m.TenantId, m.EventTemplateId });
    }
}
