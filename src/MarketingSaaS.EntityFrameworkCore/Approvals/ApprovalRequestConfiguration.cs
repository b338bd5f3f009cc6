using MarketingSaaS.Approvals;
using MarketingSaaS.Approvals.BusinessTypes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MarketingSaaS.EntityFrameworkCore.Approvals;

internal sealed class ApprovalRequestConfiguration : IEntityTypeConfiguration<ApprovalRequest>
{
    public void Configure(EntityTypeBuilder<ApprovalRequest> builder)
    {
        builder.ToTable("ApprovalRequests");
        builder.Property(r => r.BusinessType).HasMaxLength(ApprovalBusinessTypeConsts.MaxNameLength).IsRequired();
        builder.Property(r => r.SubjectModule).HasMaxLength(ApprovalRequestConsts.MaxSubjectModuleLength).IsRequired();
        builder.Property(r => r.SubjectId).HasMaxLength(ApprovalRequestConsts.MaxSubjectIdLength).IsRequired();
        builder.Property(r => r.Title).HasMaxLength(ApprovalRequestConsts.MaxTitleLength).IsRequired();
        builder.Property(r => r.Description).HasMaxLength(ApprovalRequestConsts.MaxDescriptionLength);
        builder.Property(r => r.Currency).HasMaxLength(ApprovalRequestConsts.CurrencyLength).IsRequired();
        builder.Property(r => r.RuleName).HasMaxLength(ApprovalPolicyConsts.MaxNameLength).IsRequired();
        builder.Property(r => r.Amount).HasPrecision(18, 2);
        builder.Ignore(r => r.CurrentStage);
        builder.Ignore(r => r.HasDecisions);
        // One pending request per subject, also under concurrent submissions.
        builder.HasIndex(r => new { r.TenantId, r.SubjectModule, r.SubjectId }).IsUnique().HasFilter("\"Status\" = 0");
        builder.HasIndex(r => new { r.TenantId, r.RequesterUserId });
        builder.HasIndex(r => new { r.TenantId, r.SubmissionTime });
        builder.HasMany(r => r.Stages).WithOne().HasForeignKey(s => s.RequestId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(r => r.Stages).HasField("_stages");
    }
}
