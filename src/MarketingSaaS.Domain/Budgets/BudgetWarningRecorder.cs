using MarketingSaaS.Approvals;
using MarketingSaaS.Framework.Domain.Entities;
using MarketingSaaS.Framework.Domain.Repositories;

namespace MarketingSaaS.Budgets;

/// <summary>
/// Records a <see cref="BudgetWarning"/> when a category reaches a level above every level recorded for it so far
/// (so each level is recorded at most once per budget, i.e. per unit and fiscal year; jumping from 50 % to over
/// records only Over) and tells the <see cref="IBudgetWarningHandler"/>s.
/// </summary>
public sealed class BudgetWarningRecorder(
    IRepository<BudgetWarning, Guid> warnings,
    IOrgChartSnapshotReader orgChart,
    IEnumerable<IBudgetWarningHandler> handlers,
    TimeProvider clock)
{
    /// <summary>Warnings recorded in this unit of work and not saved yet (a query does not see them): e.g. a commitment and an expense in one decision.</summary>
    private readonly List<BudgetWarning> _recorded = [];

    public async Task<BudgetWarning?> RecordIfReachedAsync(Budget budget, BudgetCategory category, BudgetFigure figure, CancellationToken cancellationToken = default)
    {
        var level = figure.WarningLevel;
        if (level == BudgetWarningLevel.Ok
            || _recorded.Any(w => w.BudgetId == budget.Id && w.Category == category && w.Level >= level)
            || await warnings.AnyAsync(w => w.BudgetId == budget.Id && w.Category == category && w.Level >= level, cancellationToken))
        {
            return null;
        }

        var chart = await orgChart.ReadAsync(cancellationToken);
        var heads = chart.HeadOf(chart.Unit(budget.OrganizationUnitId)).Select(a => a.UserId).Distinct();
        var warning = new BudgetWarning(SequentialGuid.Create(), budget, category, level, figure.Planned, figure.Used, clock.GetUtcNow(), heads);
        await warnings.InsertAsync(warning, cancellationToken);
        _recorded.Add(warning);
        foreach (var handler in handlers)
        {
            await handler.OnWarningAsync(warning, cancellationToken);
        }

        return warning;
    }
}
