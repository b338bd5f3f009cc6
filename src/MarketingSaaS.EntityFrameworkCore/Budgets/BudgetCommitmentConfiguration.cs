using MarketingSaaS.Budgets;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MarketingSaaS.EntityFrameworkCore.Budgets;

internal sealed class BudgetCommitmentConfiguration : IEntityTypeConfiguration<BudgetCommitment>
{
    public void Configure(EntityTypeBuilder<BudgetCommitment> builder)
    {
        builder.ToTable("BudgetCommitments");
        builder.Property(c => c.SourceReference).HasMaxLength(BudgetConsts.MaxSourceReferenceLength).IsRequired();
        builder.Property(c => c.Currency).HasMaxLength(BudgetConsts.CurrencyLength).IsRequired();
        builder.Property(c => c.Amount).HasPrecision(BudgetConsts.AmountPrecision, BudgetConsts.AmountScale);
        builder.Property(c => c.SettledAmount).HasPrecision(BudgetConsts.AmountPrecision, BudgetConsts.AmountScale);
        builder.Ignore(c => c.OpenAmount);
        builder.Ignore(c => c.FiscalDate);
        builder.HasOne<Budget>().WithMany().HasForeignKey(c => c.BudgetId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.TenantId, c.BudgetId, c.Category });
        builder.HasIndex(c => new { c.TenantId, c.SourceReference });
    }
}
