using MarketingSaaS.Budgets;

namespace MarketingSaaS.Approvals;

/// <summary>Where an approved request's amount is committed; <see cref="NeedsExtraApproval"/>: it was over budget at submission and got an extra final stage.</summary>
public sealed record ApprovalRequestBudgetDto(Guid? OrganizationUnitId, BudgetCategory Category, bool NeedsExtraApproval);
