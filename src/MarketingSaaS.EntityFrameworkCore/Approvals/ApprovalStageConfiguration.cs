using MarketingSaaS.Approvals;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MarketingSaaS.EntityFrameworkCore.Approvals;

internal sealed class ApprovalStageConfiguration : IEntityTypeConfiguration<ApprovalStage>
{
    public void Configure(EntityTypeBuilder<ApprovalStage> builder)
    {
        builder.ToTable("ApprovalStages");
        builder.HasIndex(s => new { s.TenantId, s.RequestId, s.Index });
        builder.Ignore(s => s.IsApproved);
        builder.HasMany(s => s.Approvers).WithOne().HasForeignKey(a => a.StageId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(s => s.Approvers).HasField("_approvers");
    }
}
