using MarketingSaaS.Events.MarketingEvents;
using MarketingSaaS.Events.Plans;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MarketingSaaS.Events.EntityFrameworkCore.Plans;

internal sealed class EventMilestoneConfiguration : IEntityTypeConfiguration<EventMilestone>
{
    public void Configure(EntityTypeBuilder<EventMilestone> builder)
    {
        builder.ToTable("EventMilestones");
        builder.Property(m => m.Name).HasMaxLength(EventPlanConsts.MaxNameLength).IsRequired();
        builder.HasIndex(m => new { m.TenantId, m.MarketingEventId, m.Date });
        builder.HasIndex(m => new { m.TenantId, m.IsKeyDate, m.Date });
        builder.HasOne<MarketingEvent>().WithMany().HasForeignKey(m => m.MarketingEventId).OnDelete(DeleteBehavior.Restrict);
    }
}
