namespace MarketingSaaS.Budgets;

public sealed record BudgetWarningDto(
    Guid Id,
    Guid BudgetId,
    Guid OrganizationUnitId,
    int FiscalYear,
    BudgetCategory Category,
    BudgetWarningLevel Level,
    decimal Planned,
    decimal Used,
    string Currency,
    DateTimeOffset ReachedAt,
    IReadOnlyList<Guid> NotifyUserIds);
