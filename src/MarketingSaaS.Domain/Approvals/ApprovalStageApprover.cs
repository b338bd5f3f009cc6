using MarketingSaaS.Framework.Domain.Entities;
using MarketingSaaS.Framework.MultiTenancy;

namespace MarketingSaaS.Approvals;

/// <summary>One person asked to decide a stage, as resolved at submission, with their own decision state.</summary>
public sealed class ApprovalStageApprover : Entity<Guid>, IMultiTenant
{
    private ApprovalStageApprover() { }

    internal ApprovalStageApprover(Guid id, Guid stageId, Guid requestId, ResolvedApprover approver) : base(id)
    {
        StageId = stageId;
        RequestId = requestId;
        UserId = approver.UserId;
        PositionId = approver.PositionId;
        Escalated = approver.Escalated;
    }

    public Guid TenantId { get; private set; }

    public Guid StageId { get; private set; }

    /// <summary>The request of the stage (copied, so the inbox pages approver rows in request order without joins).</summary>
    public Guid RequestId { get; private set; }

    public Guid UserId { get; private set; }

    public Guid? PositionId { get; private set; }

    public bool Escalated { get; private set; }

    /// <summary>Added to a stage that waited past the escalation threshold (not part of the route at submission).</summary>
    public bool AddedByEscalation { get; private set; }

    public ApproverState State { get; private set; }

    public DateTimeOffset? DecisionTime { get; private set; }

    /// <summary>The log line of this slot's decision.</summary>
    public int? DecisionSequence { get; private set; }

    /// <summary>
    /// Pending, in the current stage of a pending request: the slot is in its user's "waiting for me" inbox.
    /// Kept by <see cref="ApprovalRequest"/> after every change of state, so the inbox is one index range.
    /// </summary>
    public bool IsWaiting { get; private set; }

    /// <summary>Escalation adds people to the current stage of a pending request, so they wait at once.</summary>
    internal static ApprovalStageApprover ForEscalation(Guid id, Guid stageId, Guid requestId, ResolvedApprover approver) =>
        new(id, stageId, requestId, approver with { Escalated = true }) { AddedByEscalation = true, IsWaiting = true };

    internal void SetWaiting(bool isWaiting) => IsWaiting = isWaiting;

    /// <summary>The position's holder changed: the undecided slot is the new holder's now (state and inbox flag stay).</summary>
    internal void Reassign(Guid userId) => UserId = userId;

    internal void LinkDecision(int sequence) => DecisionSequence = sequence;

    internal void Decide(ApproverState state, DateTimeOffset now)
    {
        State = state;
        DecisionTime = now;
    }

    internal void Reset()
    {
        State = ApproverState.Pending;
        DecisionTime = null;
        DecisionSequence = null;
    }

    internal void Skip()
    {
        if (State == ApproverState.Pending)
        {
            State = ApproverState.Skipped;
        }
    }
}
