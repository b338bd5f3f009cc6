using MarketingSaaS.Approvals;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MarketingSaaS.EntityFrameworkCore.Approvals;

internal sealed class ApprovalRuleConfiguration : IEntityTypeConfiguration<ApprovalRule>
{
    public void Configure(EntityTypeBuilder<ApprovalRule> builder)
    {
        builder.ToTable("ApprovalRules");
        builder.Property(r => r.Name).HasMaxLength(ApprovalPolicyConsts.MaxNameLength).IsRequired();
        builder.Property(r => r.Currency).HasMaxLength(3).IsRequired();
        builder.Property(r => r.MinAmount).HasPrecision(18, 2);
        builder.Property(r => r.MaxAmount).HasPrecision(18, 2);
        builder.HasIndex(r => new { r.TenantId, r.PolicyId, r.Order });
        builder.Ignore(r => r.Band);
        builder.Ignore(r => r.HasAmountBounds);
        builder.OwnsMany(r => r.Stages, stage =>
        {
            stage.ToJson();
            stage.OwnsMany(s => s.Approvers);
        });
    }
}
