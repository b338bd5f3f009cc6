namespace MarketingSaaS.Budgets;

/// <summary>An actual cost to record in a unit's budget, optionally settling part of a commitment.</summary>
public sealed record BudgetActualDraft(Guid OrganizationUnitId, BudgetCategory Category, DateTimeOffset Date, decimal Amount, string Currency, string Description, Guid? CommitmentId);
