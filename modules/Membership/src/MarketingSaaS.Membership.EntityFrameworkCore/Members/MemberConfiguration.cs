using MarketingSaaS.Membership.Members;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MarketingSaaS.Membership.EntityFrameworkCore.Members;

internal sealed class MemberConfiguration : IEntityTypeConfiguration<Member>
{
    public void Configure(EntityTypeBuilder<Member> builder)
    {
        builder.ToTable("Members");
        builder.Property(m => m.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(m => m.Name).HasMaxLength(MemberConsts.MaxNameLength).IsRequired();
        builder.Property(m => m.Industry).HasMaxLength(MemberConsts.MaxIndustryLength);
        builder.Property(m => m.Region).HasMaxLength(MemberConsts.MaxRegionLength);
        builder.Property(m => m.Size).HasMaxLength(MemberConsts.MaxSizeLength);
        builder.Property(m => m.Phone).HasMaxLength(MemberConsts.MaxPhoneLength);
        builder.Property(m => m.NormalizedPhone).HasMaxLength(MemberConsts.MaxPhoneLength);
        builder.Property(m => m.Email).HasMaxLength(MemberConsts.MaxEmailLength);
        builder.Property(m => m.NormalizedEmail).HasMaxLength(MemberConsts.MaxEmailLength);
        builder.Property(m => m.Address).HasMaxLength(MemberConsts.MaxAddressLength);
        builder.Property(m => m.Source).HasMaxLength(MemberConsts.MaxSourceLength);
        builder.Property(m => m.Notes).HasMaxLength(MemberConsts.MaxNotesLength);
        builder.Ignore(m => m.PersonalData);
        builder.HasIndex(m => new { m.TenantId, m.Name });
        builder.HasIndex(m => new { m.TenantId, m.NormalizedPhone });
        builder.HasIndex(m => new { m.TenantId, m.NormalizedEmail });
        builder.HasIndex(m => new { m.TenantId, m.OwnerId });
        builder.HasMany(m => m.Tags).WithOne().HasForeignKey(t => t.MemberId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(m => m.Tags).HasField("_tags").AutoInclude();
    }
}
