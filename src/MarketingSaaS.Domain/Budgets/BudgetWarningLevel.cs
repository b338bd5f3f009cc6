namespace MarketingSaaS.Budgets;

/// <summary>How much of the planned amount is used (committed + actual): below 80 %, from 80 %, exactly 100 %, above.</summary>
public enum BudgetWarningLevel
{
    Ok,
    Warning80,
    Warning100,
    Over,
}
