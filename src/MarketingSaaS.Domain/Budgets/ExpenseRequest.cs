namespace MarketingSaaS.Budgets;

public sealed record ExpenseRequest(Guid OrganizationUnitId, BudgetCategory Category, DateTimeOffset Date, decimal Amount, string Currency, string Description, Guid? CommitmentId);
