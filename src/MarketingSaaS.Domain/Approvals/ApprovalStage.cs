using MarketingSaaS.Framework.Domain.Entities;
using MarketingSaaS.Framework.MultiTenancy;

namespace MarketingSaaS.Approvals;

/// <summary>One step of a request's route snapshot; its approvers decide in parallel.</summary>
public sealed class ApprovalStage : Entity<Guid>, IMultiTenant
{
    private readonly List<ApprovalStageApprover> _approvers = [];

    private ApprovalStage() { }

    internal ApprovalStage(Guid id, Guid requestId, int index, ResolvedStage stage) : base(id)
    {
        RequestId = requestId;
        Index = index;
        Mode = stage.Mode;
        foreach (var approver in stage.Approvers)
        {
            _approvers.Add(new ApprovalStageApprover(SequentialGuid.Create(), id, requestId, approver));
        }
    }

    public Guid TenantId { get; private set; }

    public Guid RequestId { get; private set; }

    public int Index { get; private set; }

    public ApprovalStageMode Mode { get; private set; }

    public DateTimeOffset? CompletionTime { get; private set; }

    /// <summary>
    /// When an approver of a later stage returned the request to this stage (its clock restarts then); null when it
    /// started at the submission or at the previous stage's completion.
    /// </summary>
    public DateTimeOffset? RestartedAt { get; private set; }

    /// <summary>When the pending approvers were reminded that the stage waits (once per stage).</summary>
    public DateTimeOffset? RemindedAt { get; private set; }

    /// <summary>When the stage was escalated (once per stage).</summary>
    public DateTimeOffset? EscalatedAt { get; private set; }

    /// <summary>The company-local day the requester last sent a reminder (催办) for this stage: one a day.</summary>
    public DateOnly? RequesterRemindedOn { get; private set; }

    public IReadOnlyList<ApprovalStageApprover> Approvers => _approvers;

    /// <summary>
    /// Any: one approval. All: every approver of the route approved. In both modes the approval of a person added by
    /// escalation decides the stage: they stand in for the whole stage, which waited too long.
    /// </summary>
    public bool IsApproved =>
        _approvers.Any(a => a.AddedByEscalation && a.State == ApproverState.Approved)
        || (Mode == ApprovalStageMode.Any
            ? _approvers.Any(a => a.State == ApproverState.Approved)
            : _approvers.Where(a => !a.AddedByEscalation).All(a => a.State == ApproverState.Approved));

    public ApprovalStageApprover? PendingApprover(Guid userId) =>
        _approvers.FirstOrDefault(a => a.UserId == userId && a.State == ApproverState.Pending);

    internal void MarkReminded(DateTimeOffset now) => RemindedAt = now;

    internal void MarkRemindedByRequester(DateOnly today) => RequesterRemindedOn = today;

    /// <summary>Adds the escalation approvers (already filtered) and marks the stage escalated.</summary>
    internal IReadOnlyList<ApprovalStageApprover> Escalate(IEnumerable<ResolvedApprover> approvers, DateTimeOffset now)
    {
        EscalatedAt = now;
        var added = approvers.Select(a => ApprovalStageApprover.ForEscalation(SequentialGuid.Create(), Id, RequestId, a)).ToList();
        _approvers.AddRange(added);
        return added;
    }

    /// <summary>
    /// Back to undecided after a return to an earlier stage: every slot pending again, SLA marks cleared.
    /// <paramref name="restartedAt"/> is the return's time for the stage returned to, null for the stages after it.
    /// </summary>
    internal void Reset(DateTimeOffset? restartedAt)
    {
        CompletionTime = null;
        RemindedAt = null;
        EscalatedAt = null;
        RestartedAt = restartedAt;
        foreach (var approver in _approvers)
        {
            approver.Reset();
        }
    }

    internal void Complete(DateTimeOffset now)
    {
        CompletionTime = now;
        SkipPending();
    }

    internal void SkipPending()
    {
        foreach (var approver in _approvers)
        {
            approver.Skip();
        }
    }
}
