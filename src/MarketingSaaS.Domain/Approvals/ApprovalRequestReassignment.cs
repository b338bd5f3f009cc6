namespace MarketingSaaS.Approvals;

public sealed partial class ApprovalRequest
{
    /// <summary>
    /// A position's holders changed: every undecided slot of the position whose person is not among its
    /// <paramref name="holders"/> any more, in every stage not yet completed, moves to the first new holder who is not the requester and has no slot in that stage yet. A slot with no
    /// such new holder stays where it is (the SLA escalation or a delegation helps there). Only pending requests change.
    /// </summary>
    internal IReadOnlyList<ApprovalSlotReassignment> ReassignPositionSlots(Guid positionId, IReadOnlyCollection<Guid> holders, IReadOnlyList<Guid> newHolders)
    {
        if (Status != ApprovalRequestStatus.Pending)
        {
            return [];
        }

        var moved = new List<ApprovalSlotReassignment>();
        foreach (var stage in _stages.Where(s => s.CompletionTime is null).OrderBy(s => s.Index))
        {
            var slots = stage.Approvers.Where(a => a.PositionId == positionId && a.State == ApproverState.Pending && !holders.Contains(a.UserId)).ToList();
            foreach (var slot in slots)
            {
                var to = newHolders.Where(u => u != RequesterUserId && stage.Approvers.All(a => a.UserId != u)).Select(u => (Guid?)u).FirstOrDefault();
                if (to is { } toUserId)
                {
                    moved.Add(new ApprovalSlotReassignment(stage.Index, slot.UserId, toUserId, slot.IsWaiting));
                    slot.Reassign(toUserId);
                }
            }
        }

        return moved;
    }
}
