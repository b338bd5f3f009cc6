namespace MarketingSaaS.Budgets;

/// <summary>Budget committed to an approved request: whose unit, which category, how much.</summary>
public sealed record BudgetCommitmentSummary(Guid Id, Guid OrganizationUnitId, BudgetCategory Category, decimal Amount, string Currency);
