using MarketingSaaS.Budgets;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MarketingSaaS.EntityFrameworkCore.Budgets;

internal sealed class BudgetConfiguration : IEntityTypeConfiguration<Budget>
{
    public void Configure(EntityTypeBuilder<Budget> builder)
    {
        builder.ToTable("Budgets");
        builder.Property(b => b.Name).HasMaxLength(BudgetConsts.MaxNameLength).IsRequired();
        builder.Property(b => b.Currency).HasMaxLength(BudgetConsts.CurrencyLength).IsRequired();
        // Not unique: soft-deleted budgets keep their row; BudgetManager enforces one budget per unit and year.
        builder.HasIndex(b => new { b.TenantId, b.OrganizationUnitId, b.FiscalYear });
        builder.HasMany(b => b.Lines).WithOne().HasForeignKey(l => l.BudgetId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(b => b.Lines).HasField("_lines");
    }
}
