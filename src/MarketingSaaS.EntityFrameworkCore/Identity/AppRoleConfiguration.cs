using MarketingSaaS.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MarketingSaaS.EntityFrameworkCore.Identity;

internal sealed class AppRoleConfiguration : IEntityTypeConfiguration<AppRole>
{
    public void Configure(EntityTypeBuilder<AppRole> builder)
    {
        builder.ToTable("Roles");
        builder.Property(r => r.Name).HasMaxLength(IdentityConsts.MaxRoleNameLength);
        builder.Property(r => r.NormalizedName).HasMaxLength(IdentityConsts.MaxRoleNameLength);
        builder.Property(r => r.ConcurrencyStamp).HasMaxLength(64).IsConcurrencyToken();
        builder.HasIndex(r => new { r.TenantId, r.NormalizedName }).IsUnique();
        builder.HasMany<AppUserRole>().WithOne().HasForeignKey(ur => ur.RoleId).IsRequired();
        builder.HasMany<AppRoleClaim>().WithOne().HasForeignKey(rc => rc.RoleId).IsRequired();
    }
}
