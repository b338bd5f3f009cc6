namespace MarketingSaaS.Budgets;

/// <summary>The figures of every budget of a year; totals only per currency, since currencies are never added up.</summary>
public sealed record BudgetSummaryDto(int Year, IReadOnlyList<BudgetFiguresDto> Budgets, IReadOnlyDictionary<string, BudgetFigureDto> TotalsByCurrency);
