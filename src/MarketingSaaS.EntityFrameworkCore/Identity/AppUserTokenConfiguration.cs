using MarketingSaaS.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MarketingSaaS.EntityFrameworkCore.Identity;

internal sealed class AppUserTokenConfiguration : IEntityTypeConfiguration<AppUserToken>
{
    public void Configure(EntityTypeBuilder<AppUserToken> builder)
    {
        builder.ToTable("UserTokens");
        builder.HasKey(ut => new { ut.UserId, ut.LoginProvider, ut.Name });
        builder.Property(ut => ut.LoginProvider).HasMaxLength(128);
        builder.Property(ut => ut.Name).HasMaxLength(128);
        builder.HasIndex(ut => new { ut.TenantId, ut.UserId });
    }
}
