namespace MarketingSaaS.Budgets;

internal static class BudgetMapper
{
    public static BudgetDto ToDto(Budget budget, BudgetFigures? figures = null) => new(
        budget.Id,
        budget.FiscalYear,
        budget.OrganizationUnitId,
        budget.Currency,
        budget.Name,
        [.. budget.Lines.OrderBy(l => l.Category).ThenBy(l => l.PeriodKind).ThenBy(l => l.PeriodNumber).Select(ToDto)],
        budget.ConcurrencyStamp,
        figures is null ? null : ToFiguresDto(budget, figures));

    public static BudgetLineDto ToDto(BudgetLine line) => new()
    {
        Category = line.Category,
        PeriodKind = line.PeriodKind,
        PeriodNumber = line.PeriodNumber,
        PlannedAmount = line.PlannedAmount,
    };

    public static BudgetLineDraft ToDraft(BudgetLineDto line) => new(line.Category, line.PeriodKind, line.PeriodNumber, line.PlannedAmount);

    public static BudgetFiguresDto ToFiguresDto(Budget budget, BudgetFigures figures) => new(
        budget.Id,
        budget.OrganizationUnitId,
        budget.FiscalYear,
        budget.Currency,
        ToDto(figures.Total),
        [.. figures.Categories.Select(c => new BudgetCategoryFiguresDto(
            c.Category,
            ToDto(c.Total),
            [.. c.Periods.Select(p => new BudgetPeriodFiguresDto(p.PeriodKind, p.PeriodNumber, ToDto(p.Figure)))]))]);

    public static BudgetFigureDto ToDto(BudgetFigure figure) =>
        new(figure.Planned, figure.Committed, figure.Actual, figure.Remaining, figure.Utilisation, figure.WarningLevel);

    public static BudgetCommitmentDto ToDto(BudgetCommitment c) => new(
        c.Id, c.BudgetId, c.SourceReference, c.OrganizationUnitId, c.Category, c.Date, c.FiscalYear, c.FiscalQuarter, c.Month,
        c.Amount, c.SettledAmount, c.OpenAmount, c.Currency, c.Status, c.NeedsExtraApproval);

    public static BudgetWarningDto ToDto(BudgetWarning w) => new(
        w.Id, w.BudgetId, w.OrganizationUnitId, w.FiscalYear, w.Category, w.Level, w.Planned, w.Used, w.Currency, w.ReachedAt, [.. w.NotifyUserIds]);

    public static ExpenseDto ToDto(Expense e) => new(
        e.Id, e.BudgetId, e.OrganizationUnitId, e.Category, e.Date, e.FiscalYear, e.FiscalQuarter, e.Month, e.Amount, e.Currency, e.Description, e.CommitmentId);
}
