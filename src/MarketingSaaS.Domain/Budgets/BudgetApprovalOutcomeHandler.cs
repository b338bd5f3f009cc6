using MarketingSaaS.Approvals;
using MarketingSaaS.Framework.Domain.Repositories;

namespace MarketingSaaS.Budgets;

/// <summary>
/// Commits the amount of an approved request that names a budget category (source "approvals:&lt;id&gt;"), in the
/// deciding unit of work. Any other outcome of a request (rejected, withdrawn, or a later re-opening) releases
/// the open commitment it made; an approval of a changed amount replaces the commitment.
/// </summary>
public sealed class BudgetApprovalOutcomeHandler(
    IApprovalRequestRepository requests,
    IRepository<BudgetCommitment, Guid> commitments,
    BudgetManager budgets) : IApprovalOutcomeHandler
{
    public string SubjectModule => ApprovalOutcomeSubjects.All;

    public async Task OnDecidedAsync(ApprovalOutcome outcome, CancellationToken cancellationToken)
    {
        var source = BudgetSourceReferences.ForApprovalRequest(outcome.RequestId);
        foreach (var open in await commitments.GetListAsync(c => c.SourceReference == source && c.Status == BudgetCommitmentStatus.Open, cancellationToken))
        {
            await budgets.ReleaseAsync(open.Id, cancellationToken);
        }

        if (outcome.Status != ApprovalRequestStatus.Approved
            || await requests.FindAsync(outcome.RequestId, cancellationToken) is not { BudgetCategory: { } category, BudgetUnitId: { } unitId } request)
        {
            return;
        }

        await budgets.CommitAsync(
            new BudgetCommitmentRequest(source, unitId, category, outcome.Time, outcome.Amount, outcome.Currency) { OverspendApproved = request.NeedsExtraBudgetApproval },
            cancellationToken);
    }
}
