namespace MarketingSaaS.Budgets;

public static class BudgetInputLimits
{
    /// <summary>Five categories times year, four quarters and twelve months.</summary>
    public const int MaxLines = 85;
}
