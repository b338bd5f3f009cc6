using MarketingSaaS.ProcessTemplates;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MarketingSaaS.EntityFrameworkCore.ProcessTemplates;

internal sealed class ProcessTemplateVersionConfiguration : IEntityTypeConfiguration<ProcessTemplateVersion>
{
    public void Configure(EntityTypeBuilder<ProcessTemplateVersion> builder)
    {
        builder.ToTable("ProcessTemplateVersions");
        builder.HasIndex(v => new { v.TemplateId, v.Number }).IsUnique();
        builder.HasIndex(v => v.TenantId);
        builder.HasMany(v => v.Steps).WithOne().HasForeignKey(s => s.VersionId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(v => v.Steps).HasField("_steps");
        builder.Ignore(v => v.IsDraft);
    }
}
