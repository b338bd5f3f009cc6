using MarketingSaaS.Framework.Domain.Entities;
using MarketingSaaS.Framework.Domain.Repositories;
using MarketingSaaS.Framework.Uow;
using MarketingSaaS.Validation;

namespace MarketingSaaS.Budgets;

public sealed class BudgetAppService(
    IBudgetRepository budgets,
    IRepository<BudgetCommitment, Guid> commitments,
    IRepository<Expense, Guid> expenses,
    IRepository<BudgetWarning, Guid> warnings,
    BudgetManager manager,
    IUnitOfWork unitOfWork) : IBudgetAppService
{
    public async Task<IReadOnlyList<BudgetDto>> GetListAsync(GetBudgetListInput input, CancellationToken cancellationToken = default) =>
        [.. (await budgets.GetListWithLinesAsync(input.Year, input.UnitId, cancellationToken)).Select(b => BudgetMapper.ToDto(b))];

    public async Task<BudgetDto> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var budget = await GetWithLinesAsync(id, cancellationToken);
        return BudgetMapper.ToDto(budget, await manager.GetFiguresAsync(budget, cancellationToken));
    }

    public async Task<BudgetDto> CreateAsync(CreateBudgetDto input, CancellationToken cancellationToken = default)
    {
        var budget = await manager.CreateAsync(input.FiscalYear, input.OrganizationUnitId!.Value, input.Currency, input.Name, [.. input.Lines.Select(BudgetMapper.ToDraft)], cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return BudgetMapper.ToDto(budget, BudgetFigureCalculator.Calculate(budget, [], []));
    }

    public async Task<BudgetDto> UpdateAsync(Guid id, UpdateBudgetDto input, CancellationToken cancellationToken = default)
    {
        var budget = await GetWithLinesAsync(id, cancellationToken);
        ConcurrencyStampGuard.Check(budget, input.ConcurrencyStamp);
        budget.Name = input.Name.Trim();
        manager.SetLines(budget, [.. input.Lines.Select(BudgetMapper.ToDraft)]);
        await budgets.UpdateAsync(budget, input.ConcurrencyStamp, cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return BudgetMapper.ToDto(budget, await manager.GetFiguresAsync(budget, cancellationToken));
    }

    public async Task DeleteAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var budget = await GetWithLinesAsync(id, cancellationToken);
        await manager.EnsureDeletableAsync(budget, cancellationToken);
        await budgets.DeleteAsync(budget, cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
    }

    public async Task<BudgetFiguresDto> GetFiguresAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var budget = await GetWithLinesAsync(id, cancellationToken);
        return BudgetMapper.ToFiguresDto(budget, await manager.GetFiguresAsync(budget, cancellationToken));
    }

    public async Task<BudgetSummaryDto> GetSummaryAsync(GetBudgetSummaryInput input, CancellationToken cancellationToken = default)
    {
        var items = new List<BudgetFiguresDto>();
        var totals = new Dictionary<string, BudgetFigure>(StringComparer.Ordinal);
        foreach (var budget in await budgets.GetListWithLinesAsync(input.Year, input.UnitId, cancellationToken))
        {
            var figures = await manager.GetFiguresAsync(budget, cancellationToken);
            items.Add(BudgetMapper.ToFiguresDto(budget, figures));
            totals[budget.Currency] = totals.TryGetValue(budget.Currency, out var sum)
                ? new BudgetFigure(sum.Planned + figures.Total.Planned, sum.Committed + figures.Total.Committed, sum.Actual + figures.Total.Actual)
                : figures.Total;
        }

        return new BudgetSummaryDto(input.Year, items, totals.ToDictionary(t => t.Key, t => BudgetMapper.ToDto(t.Value)));
    }

    public async Task<BudgetCheckResultDto> CheckAsync(CheckBudgetDto input, CancellationToken cancellationToken = default)
    {
        var result = await manager.CheckAsync(input.OrganizationUnitId!.Value, input.Category, input.Date!.Value, input.Amount, cancellationToken);
        return new BudgetCheckResultDto(result.BudgetId, result.Level, result.Remaining, result.Currency);
    }

    public async Task<IReadOnlyList<BudgetCommitmentDto>> GetCommitmentsAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var budget = await budgets.GetAsync(id, cancellationToken);
        return [.. (await commitments.GetListAsync(c => c.BudgetId == budget.Id, cancellationToken)).OrderBy(c => c.Date).ThenBy(c => c.Id).Select(BudgetMapper.ToDto)];
    }

    public async Task<IReadOnlyList<ExpenseDto>> GetExpensesAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var budget = await budgets.GetAsync(id, cancellationToken);
        return [.. (await expenses.GetListAsync(e => e.BudgetId == budget.Id, cancellationToken)).OrderBy(e => e.Date).ThenBy(e => e.Id).Select(BudgetMapper.ToDto)];
    }

    public async Task<IReadOnlyList<BudgetWarningDto>> GetWarningsAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var budget = await budgets.GetAsync(id, cancellationToken);
        return [.. (await warnings.GetListAsync(w => w.BudgetId == budget.Id, cancellationToken)).OrderBy(w => w.ReachedAt).ThenBy(w => w.Level).Select(BudgetMapper.ToDto)];
    }

    private async Task<Budget> GetWithLinesAsync(Guid id, CancellationToken cancellationToken) =>
        await budgets.FindWithLinesAsync(id, cancellationToken) ?? throw new EntityNotFoundException(typeof(Budget), id);
}
