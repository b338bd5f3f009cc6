using MarketingSaaS.Notifications;
using MarketingSaaS.Positions;

namespace MarketingSaaS.Approvals;

/// <summary>
/// When a position gets new holders, the pending requests' undecided slots of that position whose person no longer holds
/// it move to a new holder (<see cref="ApprovalRequest.ReassignPositionSlots"/>), each logged as a Reassigned line; the
/// new holder is told about the slots that wait now. Removing a holder without naming a new one moves nothing: the slot
/// waits for the SLA escalation, a delegation or the next new holder (docs/approval-engine.md, "Holder changes").
/// </summary>
public sealed class ApprovalSlotReassigner(
    IApprovalRequestRepository requests,
    IApprovalDecisionRepository decisions,
    ApprovalWaitingPublisher waiting,
    TimeProvider clock) : IPositionHoldersChangedHandler
{
    public async Task OnHoldersChangedAsync(PositionHoldersChange change, CancellationToken cancellationToken)
    {
        if (change.AddedUserIds.Count == 0)
        {
            return;
        }

        var now = clock.GetUtcNow();
        foreach (var request in await requests.GetPendingWithFormerHolderSlotsAsync(change.PositionId, change.HolderUserIds, cancellationToken))
        {
            var moved = request.ReassignPositionSlots(change.PositionId, change.HolderUserIds, change.AddedUserIds);
            foreach (var slot in moved)
            {
                await decisions.InsertAsync(
                    ApprovalDecision.Reassigned(request, change.ChangedByUserId, slot.StageIndex, slot.FromUserId, slot.ToUserId, now), cancellationToken);
            }

            if (moved.Where(m => m.IsWaiting).Select(m => m.ToUserId).Distinct().ToList() is { Count: > 0 } recipients)
            {
                await waiting.PublishAsync(request, recipients, NotificationTextKeys.ApprovalWaitingTitle, NotificationTextKeys.ApprovalWaitingBody, cancellationToken);
            }
        }
    }
}
