namespace MarketingSaaS.Budgets;

/// <summary>Remaining = planned − committed (open) − actual; utilisation in percent, null when nothing is planned.</summary>
public sealed record BudgetFigureDto(decimal Planned, decimal Committed, decimal Actual, decimal Remaining, decimal? Utilisation, BudgetWarningLevel WarningLevel);
