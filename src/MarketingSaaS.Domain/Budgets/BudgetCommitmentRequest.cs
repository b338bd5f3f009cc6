namespace MarketingSaaS.Budgets;

public sealed record BudgetCommitmentRequest(string SourceReference, Guid OrganizationUnitId, BudgetCategory Category, DateTimeOffset Date, decimal Amount, string Currency);
