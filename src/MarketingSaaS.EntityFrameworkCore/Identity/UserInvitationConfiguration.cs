using MarketingSaaS.Identity;
using MarketingSaaS.Identity.Invitations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MarketingSaaS.EntityFrameworkCore.Identity;

internal sealed class UserInvitationConfiguration : IEntityTypeConfiguration<UserInvitation>
{
    public void Configure(EntityTypeBuilder<UserInvitation> builder)
    {
        builder.ToTable("UserInvitations");
        builder.Property(i => i.Email).HasMaxLength(IdentityConsts.MaxEmailLength).IsRequired();
        builder.Property(i => i.FamilyName).HasMaxLength(IdentityConsts.MaxNameLength).IsRequired();
        builder.Property(i => i.GivenName).HasMaxLength(IdentityConsts.MaxNameLength).IsRequired();
        builder.Property(i => i.RoleNames).HasMaxLength(InvitationConsts.MaxRoleNamesLength).IsRequired();
        builder.Property(i => i.Culture).HasMaxLength(InvitationConsts.MaxCultureLength).IsRequired();
        builder.Property(i => i.UserName).HasMaxLength(IdentityConsts.MaxUserNameLength);
        builder.Property(i => i.TokenHash).HasMaxLength(InvitationConsts.TokenHashLength);
        builder.HasIndex(i => new { i.TenantId, i.TokenHash }).IsUnique();
        builder.HasIndex(i => new { i.TenantId, i.Status, i.Email });
    }
}
