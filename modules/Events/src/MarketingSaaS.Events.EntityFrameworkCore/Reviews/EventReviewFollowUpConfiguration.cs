using MarketingSaaS.Events.MarketingEvents;
using MarketingSaaS.Events.Reviews;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MarketingSaaS.Events.EntityFrameworkCore.Reviews;

internal sealed class EventReviewFollowUpConfiguration : IEntityTypeConfiguration<EventReviewFollowUp>
{
    public void Configure(EntityTypeBuilder<EventReviewFollowUp> builder)
    {
        builder.ToTable("EventReviewFollowUps");
        builder.HasIndex(f => new { f.TenantId, f.MarketingEventId }).IsUnique();
        builder.HasOne<MarketingEvent>().WithMany().HasForeignKey(f => f.MarketingEventId).OnDelete(DeleteBehavior.Cascade);
    }
}
