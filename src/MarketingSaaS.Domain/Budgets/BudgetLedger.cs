using MarketingSaaS.Approvals;
using MarketingSaaS.Framework.Domain.Repositories;

namespace MarketingSaaS.Budgets;

/// <summary>The platform's side of <see cref="IBudgetLedger"/>: commitments found by their approval, actuals through <see cref="BudgetManager"/>.</summary>
public sealed class BudgetLedger(
    IRepository<BudgetCommitment, Guid> commitments,
    IBudgetRepository budgetRepository,
    IApprovalRequestRepository requests,
    BudgetManager budgets) : IBudgetLedger
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

    public async Task<Guid?> TryRecordActualAsync(BudgetActualDraft actual, CancellationToken cancellationToken = default)
    {
        try
        {
            return await RecordActualAsync(actual, cancellationToken);
        }
        catch (ExpenseNeedsApprovalException)
        {
            // Refused before anything was recorded (the budget check runs first), as for POST /api/budgets/expenses.
            return null;
        }
    }

    public async Task<Guid> RecordApprovedActualAsync(BudgetActualDraft actual, Guid approvalRequestId, CancellationToken cancellationToken = default)
    {
        var request = await requests.FindAsync(approvalRequestId, cancellationToken);
        var overspendApproved = request is { Status: ApprovalRequestStatus.Approved, NeedsExtraBudgetApproval: true }
            && request.BudgetUnitId == actual.OrganizationUnitId
            && request.BudgetCategory == actual.Category
            && request.Amount >= actual.Amount;
        foreach (var made in await budgetRepository.GetOpenCommitmentsAsync(BudgetSourceReferences.ForApprovalRequest(approvalRequestId), cancellationToken))
        {
            // The approval's own commitment (added by BudgetApprovalOutcomeHandler in this unit of work): the cost replaces it.
            made.Release();
        }

        return (await budgets.RecordExpenseAsync(
            new ExpenseRequest(actual.OrganizationUnitId, actual.Category, actual.Date, actual.Amount, actual.Currency, actual.Description, actual.CommitmentId)
            {
                OverspendApproved = overspendApproved,
            },
            cancellationToken)).Id;
    }

    public async Task ChangeActualAmountAsync(Guid actualId, decimal amount, CancellationToken cancellationToken = default) =>
        await budgets.ChangeExpenseAmountAsync(actualId, amount, cancellationToken);

    public Task DeleteActualAsync(Guid actualId, CancellationToken cancellationToken = default) =>
        budgets.DeleteExpenseAsync(actualId, cancellationToken);
}
