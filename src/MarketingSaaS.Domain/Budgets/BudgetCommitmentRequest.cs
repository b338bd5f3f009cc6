namespace MarketingSaaS.Budgets;

public sealed record BudgetCommitmentRequest(string SourceReference, Guid OrganizationUnitId, BudgetCategory Category, DateTimeOffset Date, decimal Amount, string Currency)
{
    /// <summary>Going over budget was already approved (an extra approval stage): the Block policy does not refuse it.</summary>
    public bool OverspendApproved { get; init; }
}
