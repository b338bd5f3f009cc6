using MarketingSaaS.Events.MarketingEvents;
using MarketingSaaS.Events.Plans;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MarketingSaaS.Events.EntityFrameworkCore.Plans;

internal sealed class EventRiskConfiguration : IEntityTypeConfiguration<EventRisk>
{
    public void Configure(EntityTypeBuilder<EventRisk> builder)
    {
        builder.ToTable("EventRisks");
        builder.Property(r => r.Description).HasMaxLength(EventPlanConsts.MaxRiskTextLength).IsRequired();
        builder.Property(r => r.ContingencyPlan).HasMaxLength(EventPlanConsts.MaxRiskTextLength);
        builder.HasIndex(r => new { r.TenantId, r.MarketingEventId });
        builder.HasOne<MarketingEvent>().WithMany().HasForeignKey(r => r.MarketingEventId).OnDelete(DeleteBehavior.Restrict);
    }
}
