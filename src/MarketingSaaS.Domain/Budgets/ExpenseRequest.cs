namespace MarketingSaaS.Budgets;

public sealed record ExpenseRequest(Guid OrganizationUnitId, BudgetCategory Category, DateTimeOffset Date, decimal Amount, string Currency, string Description, Guid? CommitmentId)
{
    /// <summary>Going over budget was already approved (an approval request's over-budget stage): the policy does not refuse it.</summary>
    public bool OverspendApproved { get; init; }
}
