namespace MarketingSaaS.Budgets;

public static class BudgetSettings
{
    public const string OverBudgetPolicy = "Budgets.OverBudgetPolicy";
}
