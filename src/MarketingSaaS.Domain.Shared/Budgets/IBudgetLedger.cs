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

    /// <summary>
    /// Records an actual cost like <see cref="RecordActualAsync"/>, except when it would go over budget under the
    /// company's ExtraApproval policy: then nothing is recorded and the answer is null (the caller submits the cost for
    /// approval, business type <see cref="Approvals.BusinessTypes.PlatformApprovalBusinessTypes.Expense"/>, and records it
    /// with <see cref="RecordApprovedActualAsync"/> once approved). Under Block an overrun is still 422 Budgets:BudgetExceeded.
    /// </summary>
    Task<Guid?> TryRecordActualAsync(BudgetActualDraft actual, CancellationToken cancellationToken = default);

    /// <summary>
    /// Records an actual cost that <paramref name="approvalRequestId"/> allowed over budget (the cost submitted after
    /// <see cref="TryRecordActualAsync"/> answered null), in the unit of work that approves the request. The platform
    /// checks the request again: approved, through the over-budget stage, same unit and category, at least the cost's
    /// amount; then the cost is recorded against the draft's commitment even beyond the plan (the policy is not applied
    /// again, whatever was spent meanwhile), and the commitment the approval itself made is released, so the cost counts
    /// once, as actual. A request that does not qualify gets the normal budget check (Block → 422 BudgetExceeded,
    /// ExtraApproval → 422 ExpenseNeedsApproval), which fails the decision.
    /// </summary>
    Task<Guid> RecordApprovedActualAsync(BudgetActualDraft actual, Guid approvalRequestId, CancellationToken cancellationToken = default);

    Task ChangeActualAmountAsync(Guid actualId, decimal amount, CancellationToken cancellationToken = default);

    Task DeleteActualAsync(Guid actualId, CancellationToken cancellationToken = default);
}
