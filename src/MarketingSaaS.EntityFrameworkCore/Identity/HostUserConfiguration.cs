using MarketingSaaS.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MarketingSaaS.EntityFrameworkCore.Identity;

internal sealed class HostUserConfiguration : IEntityTypeConfiguration<HostUser>
{
    public void Configure(EntityTypeBuilder<HostUser> builder)
    {
        builder.ToTable("HostUsers");
        builder.Property(u => u.UserName).HasMaxLength(IdentityConsts.MaxUserNameLength).IsRequired();
        builder.Property(u => u.NormalizedUserName).HasMaxLength(IdentityConsts.MaxUserNameLength).IsRequired();
        builder.Property(u => u.Email).HasMaxLength(IdentityConsts.MaxEmailLength).IsRequired();
        builder.Property(u => u.PasswordHash).HasMaxLength(512).IsRequired();
        builder.Property(u => u.SecurityStamp).HasMaxLength(IdentityConsts.MaxSecurityStampLength).IsRequired();
        builder.HasIndex(u => u.NormalizedUserName).IsUnique();
    }
}
