using MarketingSaaS.Approvals;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MarketingSaaS.EntityFrameworkCore.Approvals;

internal sealed class ApprovalDecisionConfiguration : IEntityTypeConfiguration<ApprovalDecision>
{
    public void Configure(EntityTypeBuilder<ApprovalDecision> builder)
    {
        builder.ToTable("ApprovalDecisions");
        builder.Property(d => d.Comment).HasMaxLength(ApprovalRequestConsts.MaxCommentLength);
        builder.Property(d => d.Currency).HasMaxLength(ApprovalRequestConsts.CurrencyLength).IsRequired();
        builder.Property(d => d.Amount).HasPrecision(18, 2);
        builder.Property(d => d.PreviousAmount).HasPrecision(18, 2);
        builder.Property(d => d.SubjectVersion).HasMaxLength(ApprovalSubjectVersions.MaxLength);
        builder.HasIndex(d => new { d.TenantId, d.RequestId, d.Sequence }).IsUnique();
        builder.HasIndex(d => new { d.TenantId, d.UserId });
        builder.HasOne<ApprovalRequest>().WithMany().HasForeignKey(d => d.RequestId).OnDelete(DeleteBehavior.Restrict);
    }
}
