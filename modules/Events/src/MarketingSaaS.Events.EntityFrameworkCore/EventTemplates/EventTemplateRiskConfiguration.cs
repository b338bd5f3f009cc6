using MarketingSaaS.Events.EventTemplates;
using MarketingSaaS.Events.Plans;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MarketingSaaS.Events.EntityFrameworkCore.EventTemplates;

internal sealed class EventTemplateRiskConfiguration : IEntityTypeConfiguration<EventTemplateRisk>
{
    public void Configure(EntityTypeBuilder<EventTemplateRisk> builder)
    {
        builder.ToTable("EventTemplateRisks");
        builder.Property(r => r.Description).HasMaxLength(EventPlanConsts.MaxRiskTextLength).IsRequired();
        builder.Property(r => r.ContingencyPlan).HasMaxLength(EventPlanConsts.MaxRiskTextLength);
        builder.HasIndex(r => new { r.TenantId, r.EventTemplateId });
    }
}
