using MarketingSaaS.OrganizationUnits;
using MarketingSaaS.ProcessTemplates;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MarketingSaaS.EntityFrameworkCore.ProcessTemplates;

internal sealed class ProcessTemplateConfiguration : IEntityTypeConfiguration<ProcessTemplate>
{
    public void Configure(EntityTypeBuilder<ProcessTemplate> builder)
    {
        builder.ToTable("ProcessTemplates");
        builder.Property(t => t.Code).HasMaxLength(ProcessTemplateConsts.MaxCodeLength).IsRequired();
        builder.Property(t => t.Name).HasMaxLength(ProcessTemplateConsts.MaxNameLength).IsRequired();
        builder.Property(t => t.Category).HasMaxLength(ProcessTemplateConsts.MaxCategoryLength);
        builder.HasIndex(t => new { t.TenantId, t.Code });
        builder.HasOne<OrganizationUnit>().WithMany().HasForeignKey(t => t.OrganizationUnitId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(t => t.Versions).WithOne().HasForeignKey(v => v.TemplateId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(t => t.Versions).HasField("_versions");
        builder.Ignore(t => t.Draft);
        builder.Ignore(t => t.LatestVersion);
        builder.Ignore(t => t.LatestPublishedVersion);
    }
}
