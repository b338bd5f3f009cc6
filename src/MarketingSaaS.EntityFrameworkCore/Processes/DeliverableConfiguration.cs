using MarketingSaaS.Processes;
using MarketingSaaS.ProcessTemplates;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MarketingSaaS.EntityFrameworkCore.Processes;

internal sealed class DeliverableConfiguration : IEntityTypeConfiguration<Deliverable>
{
    public void Configure(EntityTypeBuilder<Deliverable> builder)
    {
        builder.ToTable("ProcessDeliverables");
        builder.Property(d => d.Name).HasMaxLength(ProcessTemplateConsts.MaxNameLength).IsRequired();
        builder.Property(d => d.DocumentTemplateName).HasMaxLength(ProcessTemplateConsts.MaxNameLength);
        builder.Property(d => d.Note).HasMaxLength(ProcessConsts.MaxNoteLength);
        builder.Property(d => d.Link).HasMaxLength(ProcessConsts.MaxLinkLength);
        builder.Property(d => d.BlobName).HasMaxLength(ProcessConsts.MaxBlobNameLength);
        builder.HasIndex(d => new { d.TenantId, d.StepId });
        builder.Ignore(d => d.IsProvided);
    }
}
