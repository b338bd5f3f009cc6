namespace MarketingSaaS.Budgets;

public interface IBudgetCommitmentAppService
{
    Task<BudgetCommitResultDto> CommitAsync(CreateBudgetCommitmentDto input, CancellationToken cancellationToken = default);

    Task<BudgetCommitmentDto> ReleaseAsync(Guid id, CancellationToken cancellationToken = default);

    Task<ExpenseDto> RecordExpenseAsync(CreateExpenseDto input, CancellationToken cancellationToken = default);
}
