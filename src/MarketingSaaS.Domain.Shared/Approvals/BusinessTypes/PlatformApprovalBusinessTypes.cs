namespace MarketingSaaS.Approvals.BusinessTypes;

/// <summary>
/// Names of the platform's business types that modules may submit requests under (the platform registers them and
/// seeds their default policies). A module that records costs in the platform budget submits an over-budget cost as
/// <see cref="Expense"/>, like the platform's own expenses (docs/budgets.md).
/// </summary>
public static class PlatformApprovalBusinessTypes
{
    public const string Expense = "Expense";
}
