namespace MarketingSaaS.Budgets;

/// <summary>Where a moment falls in the company's fiscal calendar: fiscal year and quarter, calendar month.</summary>
public readonly record struct FiscalDate(int FiscalYear, int Quarter, int Month)
{
    public bool IsIn(BudgetPeriodKind kind, int? number) => kind switch
    {
        BudgetPeriodKind.Year => true,
        BudgetPeriodKind.Quarter => Quarter == number,
        BudgetPeriodKind.Month => Month == number,
        _ => false,
    };
}
