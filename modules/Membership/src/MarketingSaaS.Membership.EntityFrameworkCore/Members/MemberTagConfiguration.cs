using MarketingSaaS.Membership.Members;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MarketingSaaS.Membership.EntityFrameworkCore.Members;

internal sealed class MemberTagConfiguration : IEntityTypeConfiguration<MemberTag>
{
    public void Configure(EntityTypeBuilder<MemberTag> builder)
    {
        builder.ToTable("MemberTags");
        builder.Property(t => t.Name).HasMaxLength(MemberConsts.MaxTagLength).IsRequired();
        builder.HasIndex(t => new { t.TenantId, t.Name });
    }
}
