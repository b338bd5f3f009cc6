using MarketingSaaS.Events.MarketingEvents;
using MarketingSaaS.Events.Plans;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MarketingSaaS.Events.EntityFrameworkCore.Plans;

internal sealed class EventTaskConfiguration : IEntityTypeConfiguration<EventTask>
{
    public void Configure(EntityTypeBuilder<EventTask> builder)
    {
        builder.ToTable("EventTasks");
        builder.Property(t => t.Name).HasMaxLength(EventPlanConsts.MaxNameLength).IsRequired();
        builder.HasIndex(t => new { t.TenantId, t.MarketingEventId, t.StartDate });
        builder.HasOne<MarketingEvent>().WithMany().HasForeignKey(t => t.MarketingEventId).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(t => t.Responsible);
        builder.HasMany(t => t.Raci).WithOne().HasForeignKey(a => a.EventTaskId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(t => t.Raci).HasField("_raci").AutoInclude();
    }
}
