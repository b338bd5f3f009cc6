namespace MarketingSaaS.Budgets;

/// <summary>
/// Figures per category and planned period. A category's planned total comes from its coarsest lines
/// (the year line if any, else the quarters, else the months), so finer lines that split a year line
/// are not counted twice. Committed counts open amounts only.
/// </summary>
public static class BudgetFigureCalculator
{
    public static BudgetFigures Calculate(Budget budget, IReadOnlyList<BudgetCommitment> commitments, IReadOnlyList<Expense> expenses)
    {
        var categories = Enum.GetValues<BudgetCategory>()
            .Where(c => budget.Lines.Any(l => l.Category == c) || commitments.Any(x => x.Category == c) || expenses.Any(x => x.Category == c))
            .Select(c => CalculateCategory(c, budget.Lines.Where(l => l.Category == c).ToList(), [.. commitments.Where(x => x.Category == c)], [.. expenses.Where(x => x.Category == c)]))
            .ToList();
        var total = new BudgetFigure(
            categories.Sum(c => c.Total.Planned),
            categories.Sum(c => c.Total.Committed),
            categories.Sum(c => c.Total.Actual));
        return new BudgetFigures(budget.Id, budget.Currency, total, categories);
    }

    public static BudgetCategoryFigures CalculateCategory(BudgetCategory category, IReadOnlyList<BudgetLine> lines, IReadOnlyList<BudgetCommitment> commitments, IReadOnlyList<Expense> expenses)
    {
        var coarsest = lines.Count == 0 ? (BudgetPeriodKind?)null : lines.Min(l => l.PeriodKind);
        var total = new BudgetFigure(
            lines.Where(l => l.PeriodKind == coarsest).Sum(l => l.PlannedAmount),
            commitments.Sum(c => c.OpenAmount),
            expenses.Sum(e => e.Amount));
        var periods = lines
            .OrderBy(l => l.PeriodKind).ThenBy(l => l.PeriodNumber)
            .Select(l => new BudgetPeriodFigure(l.PeriodKind, l.PeriodNumber, new BudgetFigure(
                l.PlannedAmount,
                commitments.Where(c => c.FiscalDate.IsIn(l.PeriodKind, l.PeriodNumber)).Sum(c => c.OpenAmount),
                expenses.Where(e => e.FiscalDate.IsIn(l.PeriodKind, l.PeriodNumber)).Sum(e => e.Amount))))
            .ToList();
        return new BudgetCategoryFigures(category, total, periods);
    }
}
