using MarketingSaaS.Positions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MarketingSaaS.EntityFrameworkCore.Positions;

internal sealed class PositionCollaboratorConfiguration : IEntityTypeConfiguration<PositionCollaborator>
{
    public void Configure(EntityTypeBuilder<PositionCollaborator> builder)
    {
        builder.ToTable("PositionCollaborators");
        builder.HasKey(c => new { c.PositionId, c.CollaboratorPositionId });
        builder.HasIndex(c => new { c.TenantId, c.CollaboratorPositionId });
        builder.HasOne<Position>().WithMany().HasForeignKey(c => c.CollaboratorPositionId).OnDelete(DeleteBehavior.Restrict);
    }
}
