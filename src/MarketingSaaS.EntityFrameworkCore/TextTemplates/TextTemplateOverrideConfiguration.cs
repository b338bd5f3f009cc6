using MarketingSaaS.TextTemplates;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MarketingSaaS.EntityFrameworkCore.TextTemplates;

internal sealed class TextTemplateOverrideConfiguration : IEntityTypeConfiguration<TextTemplateOverride>
{
    public void Configure(EntityTypeBuilder<TextTemplateOverride> builder)
    {
        builder.ToTable("TextTemplateOverrides");
        builder.Property(t => t.Name).HasMaxLength(TextTemplateConsts.MaxNameLength).IsRequired();
        builder.Property(t => t.Culture).HasMaxLength(TextTemplateConsts.MaxCultureLength).IsRequired();
        builder.Property(t => t.Content).HasMaxLength(TextTemplateConsts.MaxContentLength).IsRequired();
        builder.HasIndex(t => new { t.TenantId, t.Name, t.Culture }).IsUnique();
    }
}
