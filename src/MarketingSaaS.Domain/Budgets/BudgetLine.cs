using MarketingSaaS.Framework.Domain.Entities;
using MarketingSaaS.Framework.MultiTenancy;

namespace MarketingSaaS.Budgets;

/// <summary>The planned amount of one category in one period of the budget's fiscal year.</summary>
public sealed class BudgetLine : Entity<Guid>, IMultiTenant
{
    private BudgetLine() { }

    internal BudgetLine(Guid id, Guid budgetId, BudgetCategory category, BudgetPeriodKind periodKind, int? periodNumber, decimal plannedAmount) : base(id)
    {
        BudgetId = budgetId;
        Category = category;
        PeriodKind = periodKind;
        PeriodNumber = periodNumber;
        PlannedAmount = plannedAmount;
    }

    public Guid TenantId { get; private set; }

    public Guid BudgetId { get; private set; }

    public BudgetCategory Category { get; private set; }

    public BudgetPeriodKind PeriodKind { get; private set; }

    /// <summary>Null for the year, 1..4 for a fiscal quarter, 1..12 for a calendar month.</summary>
    public int? PeriodNumber { get; private set; }

    public decimal PlannedAmount { get; private set; }
}
