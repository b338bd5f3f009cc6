using MarketingSaaS.Processes;
using MarketingSaaS.ProcessTemplates;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MarketingSaaS.EntityFrameworkCore.Processes;

internal sealed class ProcessInstanceConfiguration : IEntityTypeConfiguration<ProcessInstance>
{
    public void Configure(EntityTypeBuilder<ProcessInstance> builder)
    {
        builder.ToTable("ProcessInstances");
        builder.Property(i => i.Name).HasMaxLength(ProcessConsts.MaxNameLength).IsRequired();
        builder.Property(i => i.TemplateCode).HasMaxLength(ProcessTemplateConsts.MaxCodeLength).IsRequired();
        builder.HasIndex(i => new { i.TenantId, i.TemplateId });
        // Restrict: a template version that processes ran on stays in the history.
        builder.HasOne<ProcessTemplateVersion>().WithMany().HasForeignKey(i => i.TemplateVersionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(i => i.Steps).WithOne().HasForeignKey(s => s.InstanceId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(i => i.Steps).HasField("_steps");
    }
}
