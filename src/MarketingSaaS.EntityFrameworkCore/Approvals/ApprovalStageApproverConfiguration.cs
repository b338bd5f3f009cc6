using MarketingSaaS.Approvals;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MarketingSaaS.EntityFrameworkCore.Approvals;

internal sealed class ApprovalStageApproverConfiguration : IEntityTypeConfiguration<ApprovalStageApprover>
{
    public void Configure(EntityTypeBuilder<ApprovalStageApprover> builder)
    {
        builder.ToTable("ApprovalStageApprovers");
        builder.HasIndex(a => new { a.TenantId, a.UserId, a.State });
    }
}
