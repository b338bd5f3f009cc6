using MarketingSaaS.Budgets;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MarketingSaaS.EntityFrameworkCore.Budgets;

internal sealed class BudgetLineConfiguration : IEntityTypeConfiguration<BudgetLine>
{
    public void Configure(EntityTypeBuilder<BudgetLine> builder)
    {
        builder.ToTable("BudgetLines");
        builder.Property(l => l.PlannedAmount).HasPrecision(BudgetConsts.AmountPrecision, BudgetConsts.AmountScale);
        builder.HasIndex(l => new { l.TenantId, l.BudgetId });
    }
}
