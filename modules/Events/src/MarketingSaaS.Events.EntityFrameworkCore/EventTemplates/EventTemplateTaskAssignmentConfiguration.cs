using MarketingSaaS.Events.EventTemplates;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MarketingSaaS.Events.EntityFrameworkCore.EventTemplates;

internal sealed class EventTemplateTaskAssignmentConfiguration : IEntityTypeConfiguration<EventTemplateTaskAssignment>
{
    public void Configure(EntityTypeBuilder<EventTemplateTaskAssignment> builder)
    {
        builder.ToTable("EventTemplateTaskAssignments");
        builder.HasIndex(a => new { a.TenantId, a.EventTemplateTaskId });
    }
}
