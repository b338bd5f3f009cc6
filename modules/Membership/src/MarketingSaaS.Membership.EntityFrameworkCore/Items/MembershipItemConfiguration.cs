using MarketingSaaS.Membership.Items;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MarketingSaaS.Membership.EntityFrameworkCore.Items;

internal sealed class MembershipItemConfiguration : IEntityTypeConfiguration<MembershipItem>
{
    public void Configure(EntityTypeBuilder<MembershipItem> builder)
    {
        builder.ToTable("Items");
        builder.Property(i => i.Name).HasMaxLength(MembershipItemConsts.MaxNameLength).IsRequired();
        builder.Property(i => i.Description).HasMaxLength(MembershipItemConsts.MaxDescriptionLength);
        builder.HasIndex(i => new { i.TenantId, i.Name });
    }
}
