namespace MarketingSaaS.Budgets;

/// <summary>Year (no number), fiscal quarter 1..4, or calendar month 1..12 within the fiscal year.</summary>
public enum BudgetPeriodKind
{
    Year,
    Quarter,
    Month,
}
