namespace MarketingSaaS.Budgets;

public interface IBudgetAppService
{
    Task<IReadOnlyList<BudgetDto>> GetListAsync(GetBudgetListInput input, CancellationToken cancellationToken = default);

    Task<BudgetDto> GetAsync(Guid id, CancellationToken cancellationToken = default);

    Task<BudgetDto> CreateAsync(CreateBudgetDto input, CancellationToken cancellationToken = default);

    Task<BudgetDto> UpdateAsync(Guid id, UpdateBudgetDto input, CancellationToken cancellationToken = default);

    /// <summary>Only budgets without commitments or expenses.</summary>
    Task DeleteAsync(Guid id, CancellationToken cancellationToken = default);

    Task<BudgetFiguresDto> GetFiguresAsync(Guid id, CancellationToken cancellationToken = default);

    Task<BudgetSummaryDto> GetSummaryAsync(GetBudgetSummaryInput input, CancellationToken cancellationToken = default);

    Task<BudgetCheckResultDto> CheckAsync(CheckBudgetDto input, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<BudgetCommitmentDto>> GetCommitmentsAsync(Guid id, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<ExpenseDto>> GetExpensesAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>The 80 %, 100 % and over-budget warnings recorded for the budget's categories, oldest first.</summary>
    Task<IReadOnlyList<BudgetWarningDto>> GetWarningsAsync(Guid id, CancellationToken cancellationToken = default);
}
