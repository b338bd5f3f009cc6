namespace MarketingSaaS.Budgets;

public sealed record BudgetCommitmentDto(
    Guid Id,
    Guid BudgetId,
    string SourceReference,
    Guid OrganizationUnitId,
    BudgetCategory Category,
    DateTimeOffset Date,
    int FiscalYear,
    int FiscalQuarter,
    int Month,
    decimal Amount,
    decimal SettledAmount,
    decimal OpenAmount,
    string Currency,
    BudgetCommitmentStatus Status,
    bool NeedsExtraApproval);
