using MarketingSaaS.Events.Reviews;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MarketingSaaS.Events.EntityFrameworkCore.Reviews;

internal sealed class EventImprovementItemConfiguration : IEntityTypeConfiguration<EventImprovementItem>
{
    public void Configure(EntityTypeBuilder<EventImprovementItem> builder)
    {
        builder.ToTable("EventImprovementItems");
        builder.Property(i => i.Description).HasMaxLength(EventReviewConsts.MaxImprovementLength).IsRequired();
    }
}
