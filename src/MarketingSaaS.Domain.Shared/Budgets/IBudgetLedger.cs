namespace MarketingSaaS.Budgets;

/// <summary>
/// A module's access to the platform budget: the commitment an approved request made, and actual costs (the budget's
/// expenses) recorded against it. Changes are saved with the caller's unit of work.
/// </summary>
public interface IBudgetLedger
{
    /// <summary>The open commitment the approval request made when it was approved; null when it made none or it is settled or released.</summary>
    Task<BudgetCommitmentSummary?> FindOpenCommitmentForApprovalAsync(Guid approvalRequestId, CancellationToken cancellationToken = default);

    /// <summary>Records an actual cost; returns its id in the budget.</summary>
    Task<Guid> RecordActualAsync(BudgetActualDraft actual, CancellationToken cancellationToken = default);

    Task ChangeActualAmountAsync(Guid actualId, decimal amount, CancellationToken cancellationToken = default);

    Task DeleteActualAsync(Guid actualId, CancellationToken cancellationToken = default);
}
