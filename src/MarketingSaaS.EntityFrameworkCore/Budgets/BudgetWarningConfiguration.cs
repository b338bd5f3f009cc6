using MarketingSaaS.Budgets;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MarketingSaaS.EntityFrameworkCore.Budgets;

internal sealed class BudgetWarningConfiguration : IEntityTypeConfiguration<BudgetWarning>
{
    public void Configure(EntityTypeBuilder<BudgetWarning> builder)
    {
        builder.ToTable("BudgetWarnings");
        builder.Property(w => w.Currency).HasMaxLength(BudgetConsts.CurrencyLength).IsRequired();
        builder.Property(w => w.Planned).HasPrecision(BudgetConsts.AmountPrecision, BudgetConsts.AmountScale);
        builder.Property(w => w.Used).HasPrecision(BudgetConsts.AmountPrecision, BudgetConsts.AmountScale);
        builder.PrimitiveCollection(w => w.NotifyUserIds);
        builder.HasOne<Budget>().WithMany().HasForeignKey(w => w.BudgetId).OnDelete(DeleteBehavior.Restrict);

        // Once per level and category of a budget; also stops two parallel commitments from recording it twice.
        builder.HasIndex(w => new { w.TenantId, w.BudgetId, w.Category, w.Level }).IsUnique();
    }
}
