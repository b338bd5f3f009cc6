using MarketingSaaS.Framework.Domain.Entities;
using MarketingSaaS.Framework.MultiTenancy;

namespace MarketingSaaS.Approvals;

/// <summary>One person asked to decide a stage, as resolved at submission, with their own decision state.</summary>
public sealed class ApprovalStageApprover : Entity<Guid>, IMultiTenant
{
    private ApprovalStageApprover() { }

    internal ApprovalStageApprover(Guid id, Guid stageId, ResolvedApprover approver) : base(id)
    {
        StageId = stageId;
        UserId = approver.UserId;
        PositionId = approver.PositionId;
        Escalated = approver.Escalated;
    }

    public Guid TenantId { get; private set; }

    public Guid StageId { get; private set; }

    public Guid UserId { get; private set; }

    public Guid? PositionId { get; private set; }

    public bool Escalated { get; private set; }

    /// <summary>Added to a stage that waited past the escalation threshold (not part of the route at submission).</summary>
    public bool AddedByEscalation { get; private set; }

    public ApproverState State { get; private set; }

    public DateTimeOffset? DecisionTime { get; private set; }

    /// <summary>The log line of this slot's decision.</summary>
    public int? DecisionSequence { get; private set; }

    internal static ApprovalStageApprover ForEscalation(Guid id, Guid stageId, ResolvedApprover approver) =>
        new(id, stageId, approver with { Escalated = true }) { AddedByEscalation = true };

    internal void LinkDecision(int sequence) => DecisionSequence = sequence;

    internal void Decide(ApproverState state, DateTimeOffset now)
    {
        State = state;
        DecisionTime = now;
    }

    internal void Skip()
    {
        if (State == ApproverState.Pending)
        {
            State = ApproverState.Skipped;
        }
    }
}
