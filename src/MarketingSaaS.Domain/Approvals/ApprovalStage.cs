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
            _approvers.Add(new ApprovalStageApprover(Guid.CreateVersion7(), id, approver));
        }
    }

    public Guid TenantId { get; private set; }

    public Guid RequestId { get; private set; }

    public int Index { get; private set; }

    public ApprovalStageMode Mode { get; private set; }

    public DateTimeOffset? CompletionTime { get; private set; }

    public IReadOnlyList<ApprovalStageApprover> Approvers => _approvers;

    public bool IsApproved => Mode == ApprovalStageMode.Any
        ? _approvers.Any(a => a.State == ApproverState.Approved)
        : _approvers.All(a => a.State == ApproverState.Approved);

    public ApprovalStageApprover? PendingApprover(Guid userId) =>
        _approvers.FirstOrDefault(a => a.UserId == userId && a.State == ApproverState.Pending);

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
