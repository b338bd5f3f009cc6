using MarketingSaaS.Approvals;

namespace MarketingSaaS.Events.MarketingEvents;

/// <summary>
/// Marks the event approved, rejected, returned (editable again) or back to draft (withdrawn), or pending again when
/// an approved total changed. Runs inside the deciding call's unit of work, so the event is saved with the decision.
/// Outcomes of an older request of the same event are ignored.
/// </summary>
public sealed class MarketingEventApprovalOutcomeHandler(IMarketingEventRepository events) : IApprovalOutcomeHandler
{
    public string SubjectModule => MarketingEventConsts.ApprovalSubjectModule;

    public Task OnReturnedAsync(ApprovalOutcome outcome, CancellationToken cancellationToken) =>
        OnDecidedAsync(outcome, cancellationToken);

    public async Task OnDecidedAsync(ApprovalOutcome outcome, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(outcome.SubjectId, out var eventId)
            || await events.FindAsync(eventId, cancellationToken) is not { } marketingEvent
            || marketingEvent.ApprovalRequestId != outcome.RequestId)
        {
            return;
        }

        marketingEvent.ApplyApprovalOutcome(outcome.Status, outcome.Reopened);
    }
}
