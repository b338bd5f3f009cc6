namespace MarketingSaaS.Budgets;

public enum BudgetCommitmentStatus
{
    Open,
    Released,
}
