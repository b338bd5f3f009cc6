using MarketingSaaS.Approvals;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MarketingSaaS.EntityFrameworkCore.Approvals;

internal sealed class ApprovalDelegationConfiguration : IEntityTypeConfiguration<ApprovalDelegation>
{
    public void Configure(EntityTypeBuilder<ApprovalDelegation> builder)
    {
        builder.ToTable("ApprovalDelegations");
        builder.Property(d => d.Reason).HasMaxLength(ApprovalDelegationConsts.MaxReasonLength);
        builder.HasIndex(d => new { d.TenantId, d.DelegatorUserId });
        builder.HasIndex(d => new { d.TenantId, d.DelegateUserId });
    }
}
