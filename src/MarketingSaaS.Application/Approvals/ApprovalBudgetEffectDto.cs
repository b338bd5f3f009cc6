using MarketingSaaS.Budgets;

namespace MarketingSaaS.Approvals;

/// <summary>
/// What the request does to the budget line it spends from, for the approvers: the category's remaining amount for the
/// fiscal year of the submission without this request, and after it. <see cref="HasBudgetLine"/> false: the unit has no
/// budget that year or it plans nothing in the category (the amounts are then null).
/// </summary>
public sealed record ApprovalBudgetEffectDto(
    Guid OrganizationUnitId,
    string OrganizationUnitName,
    BudgetCategory Category,
    int FiscalYear,
    bool HasBudgetLine,
    string? Currency,
    decimal? Planned,
    decimal? RemainingBefore,
    decimal? RemainingAfter);
