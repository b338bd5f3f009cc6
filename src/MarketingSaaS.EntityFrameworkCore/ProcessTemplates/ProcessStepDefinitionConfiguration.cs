using MarketingSaaS.ProcessTemplates;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MarketingSaaS.EntityFrameworkCore.ProcessTemplates;

internal sealed class ProcessStepDefinitionConfiguration : IEntityTypeConfiguration<ProcessStepDefinition>
{
    public void Configure(EntityTypeBuilder<ProcessStepDefinition> builder)
    {
        builder.ToTable("ProcessStepDefinitions");
        builder.Property(s => s.Name).HasMaxLength(ProcessTemplateConsts.MaxNameLength).IsRequired();
        builder.HasIndex(s => new { s.TenantId, s.VersionId, s.Order });
        builder.PrimitiveCollection(s => s.ResponsiblePositionIds);
        builder.OwnsMany(s => s.Deliverables, deliverable => deliverable.ToJson());
    }
}
