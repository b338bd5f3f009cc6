using MarketingSaaS.Framework.Money;

namespace MarketingSaaS.Budgets;

/// <summary>PeriodNumber: null for the year, 1..4 for a fiscal quarter, 1..12 for a calendar month.</summary>
public sealed class BudgetLineDto
{
    public BudgetCategory Category { get; set; }

    public BudgetPeriodKind PeriodKind { get; set; }

    public int? PeriodNumber { get; set; }

    /// <summary>In the budget's currency, which the budget service checks again.</summary>
    [Money]
    public decimal PlannedAmount { get; set; }
}
