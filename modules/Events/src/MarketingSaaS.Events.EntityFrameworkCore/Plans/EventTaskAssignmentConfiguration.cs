using MarketingSaaS.Events.Plans;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MarketingSaaS.Events.EntityFrameworkCore.Plans;

internal sealed class EventTaskAssignmentConfiguration : IEntityTypeConfiguration<EventTaskAssignment>
{
    public void Configure(EntityTypeBuilder<EventTaskAssignment> builder)
    {
        builder.ToTable("EventTaskAssignments");
        builder.HasIndex(a => new { a.TenantId, a.EventTaskId });
    }
}
