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
        // The "waiting for me" inbox: only the waiting slots, in request (= submission, Guid v7) order.
        builder.HasIndex(a => new { a.TenantId, a.UserId, a.RequestId }).HasFilter("\"IsWaiting\"").HasDatabaseName("IX_ApprovalStageApprovers_Waiting");
    }
}
