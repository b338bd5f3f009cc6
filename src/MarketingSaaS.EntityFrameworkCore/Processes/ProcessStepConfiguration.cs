using MarketingSaaS.Processes;
using MarketingSaaS.ProcessTemplates;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MarketingSaaS.EntityFrameworkCore.Processes;

internal sealed class ProcessStepConfiguration : IEntityTypeConfiguration<ProcessStep>
{
    public void Configure(EntityTypeBuilder<ProcessStep> builder)
    {
        builder.ToTable("ProcessSteps");
        builder.Property(s => s.Name).HasMaxLength(ProcessTemplateConsts.MaxNameLength).IsRequired();
        builder.HasIndex(s => new { s.TenantId, s.InstanceId, s.Order });
        builder.HasIndex(s => new { s.TenantId, s.DueDate });
        builder.PrimitiveCollection(s => s.AssigneeUserIds);
        builder.HasMany(s => s.Deliverables).WithOne().HasForeignKey(d => d.StepId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(s => s.Deliverables).HasField("_deliverables");
        builder.Ignore(s => s.IsCompleted);
    }
}
