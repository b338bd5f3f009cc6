using MarketingSaaS.Approvals;
using MarketingSaaS.Approvals.BusinessTypes;
using MarketingSaaS.Budgets;
using MarketingSaaS.Events.MarketingEvents;

namespace MarketingSaaS.Events.Expenses;

/// <summary>
/// The outcome of a cost's over-budget approval, inside the deciding call's unit of work. Approved: the cost is recorded
/// as an actual against the event's commitment (as a cost within budget would have been), beyond the plan as the
/// approval allowed (<see cref="IBudgetLedger.RecordApprovedActualAsync"/> re-checks the request and releases the
/// commitment the approval made, so the cost counts once). Rejected or withdrawn: the cost is rejected and never
/// counts. Returned: it stays pending (the requester may resubmit). Outcomes of other requests, of a cost no longer
/// pending, and re-openings (Events never changes such a request's amount) are ignored.
/// </summary>
public sealed class EventExpenseApprovalOutcomeHandler(
    IEventExpenseRepository expenses,
    IMarketingEventRepository events,
    IBudgetLedger budgets) : IApprovalOutcomeHandler
{
    public string SubjectModule => MarketingEventConsts.ApprovalSubjectModule;

    public async Task OnDecidedAsync(ApprovalOutcome outcome, CancellationToken cancellationToken)
    {
        if (outcome.Reopened
            || outcome.BusinessType != PlatformApprovalBusinessTypes.Expense
            || EventExpenseApprovals.ExpenseIdOf(outcome.SubjectId) is not { } expenseId
            || await expenses.FindAsync(expenseId, cancellationToken) is not { Status: EventExpenseStatus.PendingApproval } expense
            || expense.ApprovalRequestId != outcome.RequestId)
        {
            return;
        }

        if (outcome.Status == ApprovalRequestStatus.Approved)
        {
            await RecordAsync(expense, outcome.RequestId, cancellationToken);
        }
        else if (outcome.Status is ApprovalRequestStatus.Rejected or ApprovalRequestStatus.Withdrawn)
        {
            expense.MarkRejected();
        }
        else
        {
            return;
        }

        await expenses.UpdateAsync(expense, cancellationToken: cancellationToken);
    }

    private async Task RecordAsync(EventExpense expense, Guid requestId, CancellationToken cancellationToken)
    {
        var marketingEvent = await events.GetAsync(expense.MarketingEventId, cancellationToken);
        var line = marketingEvent.BudgetLines.Single(l => l.Id == expense.BudgetLineId);
        var commitment = marketingEvent.ApprovalRequestId is { } eventRequestId
            ? await budgets.FindOpenCommitmentForApprovalAsync(eventRequestId, cancellationToken)
            : null;
        var budgetExpenseId = await budgets.RecordApprovedActualAsync(
            new BudgetActualDraft(
                commitment?.OrganizationUnitId ?? marketingEvent.OwnerUnitId,
                commitment?.Category ?? MarketingEventApprovals.BudgetCategoryOf(marketingEvent.Type),
                expense.SpentOn,
                expense.Amount,
                expense.Currency,
                EventExpenseApprovals.DescriptionOf(marketingEvent, line),
                commitment?.Id),
            requestId,
            cancellationToken);
        expense.MarkRecorded(budgetExpenseId);
    }
}
