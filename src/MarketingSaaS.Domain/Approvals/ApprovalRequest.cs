using MarketingSaaS.Framework.Domain.Entities;
using MarketingSaaS.Framework.ExceptionHandling;
using MarketingSaaS.Framework.MultiTenancy;

namespace MarketingSaaS.Approvals;

/// <summary>
/// A request for approval of a module's item. Its route (stages and approvers) is a snapshot taken at
/// submission: later org chart or policy changes never rewrite it; only a resubmission computes a new one.
/// Every decision touches the request itself, so its concurrency stamp serializes parallel decisions.
/// </summary>
public sealed partial class ApprovalRequest : FullAuditedAggregateRoot<Guid>, IMultiTenant
{
    /// <summary>The input field naming the stage a return goes back to (0-based).</summary>
    public const string ReturnToStageField = "returnToStageIndex";

    private readonly List<ApprovalStage> _stages = [];

    private ApprovalRequest() { }

    internal ApprovalRequest(
        Guid id,
        string businessType,
        ApprovalSubject subject,
        string title,
        decimal amount,
        string currency,
        RiskTier riskTier,
        bool isSpecial,
        Guid requesterUserId,
        Guid? requesterUnitId) : base(id)
    {
        BusinessType = businessType;
        SubjectModule = subject.Module;
        SubjectId = subject.Id;
        Title = title;
        Amount = amount;
        Currency = currency;
        RiskTier = riskTier;
        IsSpecial = isSpecial;
        RequesterUserId = requesterUserId;
        RequesterUnitId = requesterUnitId;
    }

    public Guid TenantId { get; private set; }

    public string BusinessType { get; private set; } = "";

    public string SubjectModule { get; private set; } = "";

    public string SubjectId { get; private set; } = "";

    public string Title { get; private set; } = "";

    public decimal Amount { get; private set; }

    public string Currency { get; private set; } = "";

    public RiskTier RiskTier { get; private set; }

    public bool IsSpecial { get; private set; }

    public Guid RequesterUserId { get; private set; }

    public Guid? RequesterUnitId { get; private set; }

    /// <summary>The requester's reason or description for the approvers; null when none was given.</summary>
    public string? Description { get; private set; }

    /// <summary>
    /// The requester holds no position in <see cref="RequesterUnitId"/> and filed for it with the permission
    /// Approvals.Requests.FileForOthers (checked at every submission and resubmission).
    /// </summary>
    public bool FiledForOtherUnit { get; private set; }

    public ApprovalRequestStatus Status { get; private set; }

    public int CurrentStageIndex { get; private set; }

    public Guid PolicyId { get; private set; }

    public Guid RuleId { get; private set; }

    public string RuleName { get; private set; } = "";

    public DateTimeOffset SubmissionTime { get; private set; }

    public DateTimeOffset LastActivityTime { get; private set; }

    /// <summary>How many lines the decision log has.</summary>
    public int LogLength { get; private set; }

    public IReadOnlyList<ApprovalStage> Stages => _stages;

    public ApprovalStage? CurrentStage => Status == ApprovalRequestStatus.Pending ? _stages.FirstOrDefault(s => s.Index == CurrentStageIndex) : null;

    /// <summary>
    /// Since when the current stage waits: the return that restarted it, else the submission for the first stage, else the
    /// previous stage's completion.
    /// </summary>
    public DateTimeOffset? CurrentStageWaitingSince() =>
        CurrentStage is not { } stage ? null
        : stage.RestartedAt is { } restarted ? restarted
        : stage.Index == 0 ? SubmissionTime
        : _stages.FirstOrDefault(s => s.Index == stage.Index - 1)?.CompletionTime ?? SubmissionTime;

    public bool HasDecisions => _stages.SelectMany(s => s.Approvers).Any(a => a.State is ApproverState.Approved or ApproverState.Rejected or ApproverState.Returned);

    public bool Involves(Guid userId) => RequesterUserId == userId || _stages.Any(s => s.Approvers.Any(a => a.UserId == userId));

    internal int NextLogSequence() => ++LogLength;

    internal void SetFiledForOtherUnit(bool filedForOtherUnit) => FiledForOtherUnit = filedForOtherUnit;

    internal void SetDescription(string? description) => Description = string.IsNullOrWhiteSpace(description) ? null : description.Trim();

    /// <summary>Starts (or restarts, after a return) the route; the old snapshot is replaced.</summary>
    internal void Submit(ResolvedRoute route, DateTimeOffset now)
    {
        _stages.Clear();
        foreach (var (stage, index) in route.Stages.Select((s, i) => (s, i)))
        {
            _stages.Add(new ApprovalStage(SequentialGuid.Create(), Id, index, stage));
        }

        PolicyId = route.PolicyId;
        RuleId = route.RuleId;
        RuleName = route.RuleName;
        Status = ApprovalRequestStatus.Pending;
        CurrentStageIndex = 0;
        SubmissionTime = now;
        LastActivityTime = now;
        RefreshWaiting();
    }

    internal void Revise(string title, decimal amount, string currency, RiskTier riskTier, bool isSpecial, Guid? requesterUnitId)
    {
        if (Status != ApprovalRequestStatus.Returned)
        {
            throw new BusinessException(ApprovalEngineErrorCodes.RequestNotReturned);
        }

        Title = title;
        Amount = amount;
        Currency = currency;
        RiskTier = riskTier;
        IsSpecial = isSpecial;
        RequesterUnitId = requesterUnitId;
    }

    /// <summary>
    /// A new amount for a pending or approved request; the caller computes the route again. Returns the old amount.
    /// </summary>
    internal decimal ChangeAmount(decimal amount)
    {
        if (Status is not (ApprovalRequestStatus.Pending or ApprovalRequestStatus.Approved))
        {
            throw new BusinessException(ApprovalEngineErrorCodes.AmountChangeNotAllowed);
        }

        if (amount == Amount)
        {
            throw new BusinessException(ApprovalEngineErrorCodes.AmountUnchanged);
        }

        var previous = Amount;
        Amount = amount;
        return previous;
    }

    /// <summary>
    /// A pending slot of the current stage whose person already approved an earlier stage of this route (their own slot
    /// there, decided by them or by a delegate), with that earlier slot; null when there is none.
    /// </summary>
    internal (ApprovalStageApprover Current, ApprovalStageApprover Earlier)? FindRepeatedApprover()
    {
        if (CurrentStage is not { } stage)
        {
            return null;
        }

        var earlier = _stages.Where(s => s.Index < stage.Index).SelectMany(s => s.Approvers).Where(a => a.State == ApproverState.Approved).ToList();
        foreach (var approver in stage.Approvers.Where(a => a.State == ApproverState.Pending))
        {
            if (earlier.FirstOrDefault(e => e.UserId == approver.UserId) is { } match)
            {
                return (approver, match);
            }
        }

        return null;
    }

    /// <summary>Records one approver's decision (on their own slot); returns the stage and the slot.</summary>
    internal (ApprovalStage Stage, ApprovalStageApprover Approver) Decide(Guid userId, ApprovalDecisionType decision, DateTimeOffset now)
    {
        var stage = PendingStageOf(userId);
        var approver = stage.PendingApprover(userId)!;
        LastActivityTime = now;
        switch (decision)
        {
            case ApprovalDecisionType.Approved:
                approver.Decide(ApproverState.Approved, now);
                if (stage.IsApproved)
                {
                    stage.Complete(now);
                    if (stage.Index == _stages.Count - 1)
                    {
                        Status = ApprovalRequestStatus.Approved;
                    }
                    else
                    {
                        CurrentStageIndex++;
                    }
                }

                break;
            case ApprovalDecisionType.Rejected:
                approver.Decide(ApproverState.Rejected, now);
                End(ApprovalRequestStatus.Rejected, now);
                break;
            case ApprovalDecisionType.Returned:
                approver.Decide(ApproverState.Returned, now);
                End(ApprovalRequestStatus.Returned, now);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(decision), decision, "Approvers approve, reject or return.");
        }

        RefreshWaiting();
        return (stage, approver);
    }

    /// <summary>
    /// An approver of the current stage sends the request back to the earlier stage <paramref name="targetStageIndex"/>:
    /// that stage and every stage up to the current one are undecided again (the return's log line keeps the history),
    /// the request stays pending with the target stage current. Returns the stage the return was decided in.
    /// </summary>
    internal ApprovalStage ReturnToStage(Guid userId, int targetStageIndex, DateTimeOffset now)
    {
        var stage = PendingStageOf(userId);
        if (targetStageIndex < 0 || targetStageIndex >= stage.Index)
        {
            throw new FieldValidationException(ReturnToStageField, ApprovalEngineErrorCodes.InvalidReturnStage);
        }

        foreach (var reset in _stages.Where(s => s.Index >= targetStageIndex && s.Index <= stage.Index))
        {
            reset.Reset(reset.Index == targetStageIndex ? now : null);
        }

        CurrentStageIndex = targetStageIndex;
        LastActivityTime = now;
        RefreshWaiting();
        return stage;
    }

    internal void Withdraw(Guid userId, DateTimeOffset now)
    {
        if (userId != RequesterUserId)
        {
            throw new BusinessException(ApprovalEngineErrorCodes.NotTheRequester, statusCode: 403);
        }

        if (Status != ApprovalRequestStatus.Pending)
        {
            throw new BusinessException(ApprovalEngineErrorCodes.RequestNotPending);
        }

        if (HasDecisions)
        {
            throw new BusinessException(ApprovalEngineErrorCodes.AlreadyDecided);
        }

        LastActivityTime = now;
        End(ApprovalRequestStatus.Withdrawn, now);
        RefreshWaiting();
    }

    private ApprovalStage PendingStageOf(Guid userId)
    {
        if (!_stages.Any(s => s.Approvers.Any(a => a.UserId == userId)))
        {
            throw new BusinessException(ApprovalEngineErrorCodes.NotAnApprover, statusCode: 403);
        }

        if (Status != ApprovalRequestStatus.Pending)
        {
            throw new BusinessException(ApprovalEngineErrorCodes.RequestNotPending);
        }

        var stage = CurrentStage!;
        return stage.PendingApprover(userId) is null
            ? throw new BusinessException(ApprovalEngineErrorCodes.NotCurrentApprover)
            : stage;
    }

    /// <summary>Marks the slots that are in someone's inbox now: pending, in the current stage of a pending request.</summary>
    private void RefreshWaiting()
    {
        foreach (var stage in _stages)
        {
            foreach (var approver in stage.Approvers)
            {
                approver.SetWaiting(Status == ApprovalRequestStatus.Pending && stage.Index == CurrentStageIndex && approver.State == ApproverState.Pending);
            }
        }
    }

    private void End(ApprovalRequestStatus status, DateTimeOffset now)
    {
        Status = status;
        foreach (var stage in _stages.Where(s => s.CompletionTime is null))
        {
            if (stage.Index == CurrentStageIndex)
            {
                stage.Complete(now);
            }
            else
            {
                stage.SkipPending();
            }
        }
    }
}
