using MarketingSaaS.Framework.Domain.Repositories;

namespace MarketingSaaS.Budgets;

/// <summary>The platform's side of <see cref="IBudgetLedger"/>: commitments found by their approval, actuals through <see cref="BudgetManager"/>.</summary>
public sealed class BudgetLedger(IRepository<BudgetCommitment, Guid> commitments, BudgetManager budgets) : IBudgetLedger
{
    public async Task<BudgetCommitmentSummary?> FindOpenCommitmentForApprovalAsync(Guid approvalRequestId, CancellationToken cancellationToken = default)
    {
        var source = BudgetSourceReferences.ForApprovalRequest(approvalRequestId);
        var commitment = (await commitments.GetListAsync(c => c.SourceReference == source && c.Status == BudgetCommitmentStatus.Open, cancellationToken)).FirstOrDefault();
        return commitment is null
            ? null
            : new BudgetCommitmentSummary(commitment.Id, commitment.OrganizationUnitId, commitment.Category, commitment.Amount, commitment.Currency);
    }

    public async Task<Guid> RecordActualAsync(BudgetActualDraft actual, CancellationToken cancellationToken = default) =>
        (await budgets.RecordExpenseAsync(
            new ExpenseRequest(actual.OrganizationUnitId, actual.Category, actual.Date, actual.Amount, actual.Currency, actual.Description, actual.CommitmentId),
            cancellationToken)).Id;

    public async Task ChangeActualAmountAsync(Guid actualId, decimal amount, CancellationToken cancellationToken = default) =>
        await budgets.ChangeExpenseAmountAsync(actualId, amount, cancellationToken);

    public Task DeleteActualAsync(Guid actualId, CancellationToken cancellationToken = default) =>
        budgets.DeleteExpenseAsync(actualId, cancellationToken);
}
