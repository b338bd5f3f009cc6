using MarketingSaaS.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MarketingSaaS.EntityFrameworkCore.Identity;

internal sealed class AppUserConfiguration : IEntityTypeConfiguration<AppUser>
{
    public void Configure(EntityTypeBuilder<AppUser> builder)
    {
        builder.ToTable("Users");
        builder.Property(u => u.UserName).HasMaxLength(IdentityConsts.MaxUserNameLength);
        builder.Property(u => u.NormalizedUserName).HasMaxLength(IdentityConsts.MaxUserNameLength);
        builder.Property(u => u.Email).HasMaxLength(IdentityConsts.MaxEmailLength);
        builder.Property(u => u.NormalizedEmail).HasMaxLength(IdentityConsts.MaxEmailLength);
        builder.Property(u => u.Name).HasMaxLength(IdentityConsts.MaxNameLength);
        builder.Property(u => u.FamilyName).HasMaxLength(IdentityConsts.MaxNameLength);
        builder.Property(u => u.GivenName).HasMaxLength(IdentityConsts.MaxNameLength);
        builder.Property(u => u.PhoneNumber).HasMaxLength(32);
        builder.Property(u => u.PasswordHash).HasMaxLength(512);
        builder.Property(u => u.SecurityStamp).HasMaxLength(64);
        builder.Property(u => u.ConcurrencyStamp).HasMaxLength(64).IsConcurrencyToken();
        builder.HasIndex(u => new { u.TenantId, u.NormalizedUserName }).IsUnique();
        builder.HasIndex(u => new { u.TenantId, u.NormalizedEmail }).IsUnique();
        builder.HasMany<AppUserRole>().WithOne().HasForeignKey(ur => ur.UserId).IsRequired();
        builder.HasMany<AppUserClaim>().WithOne().HasForeignKey(uc => uc.UserId).IsRequired();
        builder.HasMany<AppUserLogin>().WithOne().HasForeignKey(ul => ul.UserId).IsRequired();
        builder.HasMany<AppUserToken>().WithOne().HasForeignKey(ut => ut.UserId).IsRequired();
    }
}
