using MarketingSaaS.Events.MarketingEvents;
using MarketingSaaS.Events.Reviews;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MarketingSaaS.Events.EntityFrameworkCore.Reviews;

internal sealed class EventReviewConfiguration : IEntityTypeConfiguration<EventReview>
{
    public void Configure(EntityTypeBuilder<EventReview> builder)
    {
        builder.ToTable("EventReviews");
        builder.Property(r => r.GoalAttainment).HasMaxLength(EventReviewConsts.MaxTextLength).IsRequired();
        builder.Property(r => r.ResourceEfficiency).HasMaxLength(EventReviewConsts.MaxTextLength).IsRequired();
        builder.Property(r => r.Feedback).HasMaxLength(EventReviewConsts.MaxTextLength);
        builder.HasIndex(r => new { r.TenantId, r.MarketingEventId }).IsUnique();
        builder.HasOne<MarketingEvent>().WithMany().HasForeignKey(r => r.MarketingEventId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(r => r.Improvements).WithOne().HasForeignKey(i => i.EventReviewId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(r => r.Improvements).HasField("_improvements").AutoInclude();
    }
}
