using MarketingSaaS.Identity;
using MarketingSaaS.Positions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MarketingSaaS.EntityFrameworkCore.Positions;

internal sealed class PositionHolderConfiguration : IEntityTypeConfiguration<PositionHolder>
{
    public void Configure(EntityTypeBuilder<PositionHolder> builder)
    {
        builder.ToTable("PositionHolders");
        builder.HasKey(h => new { h.PositionId, h.UserId });
        builder.HasIndex(h => new { h.TenantId, h.UserId });
        builder.HasOne<AppUser>().WithMany().HasForeignKey(h => h.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
