using MarketingSaaS.Approvals;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MarketingSaaS.EntityFrameworkCore.Approvals;

internal sealed class OrgChartStampConfiguration : IEntityTypeConfiguration<OrgChartStamp>
{
    public void Configure(EntityTypeBuilder<OrgChartStamp> builder)
    {
        builder.ToTable("OrgChartStamps");
        builder.HasKey(s => s.TenantId);
        builder.Property(s => s.TenantId).ValueGeneratedNever();
    }
}
