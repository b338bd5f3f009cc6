namespace MarketingSaaS.Budgets;

/// <summary>What a commitment beyond the remaining amount does: fail, or pass with an extra approval stage.</summary>
public enum OverBudgetPolicy
{
    Block,
    ExtraApproval,
}
