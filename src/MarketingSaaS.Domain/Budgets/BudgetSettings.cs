namespace MarketingSaaS.Budgets;

public static class BudgetSettings
{
    public const string OverBudgetPolicy = "Budgets.OverBudgetPolicy";

    /// <summary>Names of the positions (separated by ";") whose holders all approve the extra stage of an over-budget request.</summary>
    public const string ExtraApprovalPositions = "Budgets.ExtraApprovalPositions";

    public const string DefaultExtraApprovalPositions = "总经理;财务审核岗";
}
