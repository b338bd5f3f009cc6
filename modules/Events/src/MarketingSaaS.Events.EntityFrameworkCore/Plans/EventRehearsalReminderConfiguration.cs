using MarketingSaaS.Events.MarketingEvents;
using MarketingSaaS.Events.Plans;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MarketingSaaS.Events.EntityFrameworkCore.Plans;

internal sealed class EventRehearsalReminderConfiguration : IEntityTypeConfiguration<EventRehearsalReminder>
{
    public void Configure(EntityTypeBuilder<EventRehearsalReminder> builder)
    {
        builder.ToTable("EventRehearsalReminders");
        builder.HasIndex(r => new { r.TenantId, r.SubjectId }).IsUnique();
        builder.HasOne<MarketingEvent>().WithMany().HasForeignKey(r => r.MarketingEventId).OnDelete(DeleteBehavior.Cascade);
    }
}
