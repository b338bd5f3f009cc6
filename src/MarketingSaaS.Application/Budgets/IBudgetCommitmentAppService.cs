namespace MarketingSaaS.Budgets;

public interface IBudgetCommitmentAppService
{
    Task<BudgetCommitResultDto> CommitAsync(CreateBudgetCommitmentDto input, CancellationToken cancellationToken = default);

    Task<BudgetCommitmentDto> ReleaseAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>Records the expense, or, over budget under the ExtraApproval policy, submits it for approval instead.</summary>
    Task<ExpenseRecordingDto> RecordExpenseAsync(CreateExpenseDto input, CancellationToken cancellationToken = default);
}
