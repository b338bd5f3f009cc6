using MarketingSaaS.Events.EventTemplates;
using MarketingSaaS.Events.Plans;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MarketingSaaS.Events.EntityFrameworkCore.EventTemplates;

internal sealed class EventTemplateTaskConfiguration : IEntityTypeConfiguration<EventTemplateTask>
{
    public void Configure(EntityTypeBuilder<EventTemplateTask> builder)
    {
        builder.ToTable("EventTemplateTasks");
        builder.Property(t => t.Name).HasMaxLength(EventPlanConsts.MaxNameLength).IsRequired();
        builder.HasIndex(t => new { t.TenantId, t.EventTemplateId });
        builder.HasMany(t => t.Raci).WithOne().HasForeignKey(a => a.EventTemplateTaskId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(t => t.Raci).HasField("_raci").AutoInclude();
    }
}
