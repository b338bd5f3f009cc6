using MarketingSaaS.Budgets;

namespace MarketingSaaS.Approvals;

/// <summary>The budget a request spends from: a unit (the requester's unit when null) and a category.</summary>
public sealed record ApprovalBudgetContext(Guid? OrganizationUnitId, BudgetCategory Category);
