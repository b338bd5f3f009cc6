using MarketingSaaS.Approvals;
using MarketingSaaS.Approvals.BusinessTypes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MarketingSaaS.EntityFrameworkCore.Approvals;

internal sealed class ApprovalPolicyConfiguration : IEntityTypeConfiguration<ApprovalPolicy>
{
    public void Configure(EntityTypeBuilder<ApprovalPolicy> builder)
    {
        builder.ToTable("ApprovalPolicies");
        builder.Property(p => p.BusinessType).HasMaxLength(ApprovalBusinessTypeConsts.MaxNameLength).IsRequired();
        builder.Property(p => p.Name).HasMaxLength(ApprovalPolicyConsts.MaxNameLength).IsRequired();
        builder.HasIndex(p => new { p.TenantId, p.BusinessType });
        builder.HasMany(p => p.Rules).WithOne().HasForeignKey(r => r.PolicyId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Rules).HasField("_rules");
    }
}
