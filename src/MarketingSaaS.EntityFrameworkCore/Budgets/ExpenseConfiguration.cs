using MarketingSaaS.Budgets;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MarketingSaaS.EntityFrameworkCore.Budgets;

internal sealed class ExpenseConfiguration : IEntityTypeConfiguration<Expense>
{
    public void Configure(EntityTypeBuilder<Expense> builder)
    {
        builder.ToTable("Expenses");
        builder.Property(e => e.Description).HasMaxLength(BudgetConsts.MaxDescriptionLength).IsRequired();
        builder.Property(e => e.Currency).HasMaxLength(BudgetConsts.CurrencyLength).IsRequired();
        builder.Property(e => e.Amount).HasPrecision(BudgetConsts.AmountPrecision, BudgetConsts.AmountScale);
        builder.Ignore(e => e.FiscalDate);
        builder.HasOne<Budget>().WithMany().HasForeignKey(e => e.BudgetId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<BudgetCommitment>().WithMany().HasForeignKey(e => e.CommitmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => new { e.TenantId, e.BudgetId, e.Category });
    }
}
