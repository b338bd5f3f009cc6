using MarketingSaaS.Approvals;
using MarketingSaaS.Framework.Domain.Entities;
using MarketingSaaS.Framework.ExceptionHandling;
using MarketingSaaS.Framework.MultiTenancy;

namespace MarketingSaaS.Events.MarketingEvents;

/// <summary>
/// A marketing event (市场活动) of one company: Draft → PendingApproval → Approved → InExecution → Completed → Closed.
/// Rejected and Returned events are editable again, like drafts. Rules that need other aggregates are in
/// <see cref="MarketingEventManager"/>.
/// </summary>
public sealed class MarketingEvent : FullAuditedAggregateRoot<Guid>, IMultiTenant
{
    private readonly List<EventBudgetLine> _budgetLines = [];

    private MarketingEvent() { }

    internal MarketingEvent(Guid id, MarketingEventDraft draft) : base(id)
    {
        Status = MarketingEventStatus.Draft;
        Apply(draft);
    }

    public Guid TenantId { get; private set; }

    public string Name { get; private set; } = "";

    public MarketingEventType Type { get; private set; }

    /// <summary>专项 (special, approved by the GM) rather than routine.</summary>
    public bool IsSpecial { get; private set; }

    public RiskTier RiskTier { get; private set; }

    public string? Goal { get; private set; }

    public string? Theme { get; private set; }

    public string? TargetAudience { get; private set; }

    /// <summary>What the event is about, for invitees: shown on the public registration page.</summary>
    public string? Description { get; private set; }

    public DateTimeOffset StartTime { get; private set; }

    public DateTimeOffset EndTime { get; private set; }

    public string? Place { get; private set; }

    public string? OnlineLink { get; private set; }

    public Guid OwnerUnitId { get; private set; }

    public EventValueCanvas ValueCanvas { get; private set; } = new(null, null, null);

    public MarketingEventStatus Status { get; private set; }

    /// <summary>The latest approval request submitted for the event.</summary>
    public Guid? ApprovalRequestId { get; private set; }

    public IReadOnlyList<EventBudgetLine> BudgetLines => _budgetLines;

    public decimal TotalBudget => _budgetLines.Sum(l => l.Amount);

    public bool IsEditable => Status is MarketingEventStatus.Draft or MarketingEventStatus.Rejected or MarketingEventStatus.Returned;

    internal void Update(MarketingEventDraft draft)
    {
        EnsureEditable();
        Apply(draft);
    }

    internal void SetBudgetLines(IEnumerable<EventBudgetLineDraft> lines)
    {
        _budgetLines.Clear();
        foreach (var (line, index) in lines.Select((l, i) => (l, i)))
        {
            _budgetLines.Add(new EventBudgetLine(SequentialGuid.Create(), Id, index, line.Category, line.Amount, line.Currency));
        }
    }

    internal void MarkSubmitted(Guid approvalRequestId)
    {
        EnsureEditable();
        ApprovalRequestId = approvalRequestId;
        Status = MarketingEventStatus.PendingApproval;
    }

    /// <summary>What the approval engine decided on <see cref="ApprovalRequestId"/>; a re-opened approval waits again.</summary>
    internal void ApplyApprovalOutcome(ApprovalRequestStatus outcome, bool reopened)
    {
        Status = reopened ? MarketingEventStatus.PendingApproval : outcome switch
        {
            ApprovalRequestStatus.Approved => MarketingEventStatus.Approved,
            ApprovalRequestStatus.Rejected => MarketingEventStatus.Rejected,
            ApprovalRequestStatus.Returned => MarketingEventStatus.Returned,
            ApprovalRequestStatus.Withdrawn => MarketingEventStatus.Draft,
            _ => Status,
        };
    }

    internal void Start()
    {
        if (Status != MarketingEventStatus.Approved)
        {
            throw StatusException(EventsErrorCodes.NotApproved);
        }

        Status = MarketingEventStatus.InExecution;
    }

    internal void Complete(DateTimeOffset now)
    {
        if (Status != MarketingEventStatus.InExecution)
        {
            throw StatusException(EventsErrorCodes.NotInExecution);
        }

        if (now < EndTime)
        {
            throw new BusinessException(EventsErrorCodes.NotEnded, new Dictionary<string, object?> { ["endTime"] = EndTime });
        }

        Status = MarketingEventStatus.Completed;
    }

    internal void Close()
    {
        if (Status != MarketingEventStatus.Completed)
        {
            throw StatusException(EventsErrorCodes.NotCompleted);
        }

        Status = MarketingEventStatus.Closed;
    }

    internal void EnsureEditable()
    {
        if (!IsEditable)
        {
            throw StatusException(EventsErrorCodes.NotEditable);
        }
    }

    private BusinessException StatusException(string code) =>
        new(code, new Dictionary<string, object?> { ["status"] = Status });

    private void Apply(MarketingEventDraft draft)
    {
        Name = draft.Name;
        Type = draft.Type;
        IsSpecial = draft.IsSpecial;
        RiskTier = draft.RiskTier;
        Goal = draft.Goal;
        Theme = draft.Theme;
        TargetAudience = draft.TargetAudience;
        Description = draft.Description;
        StartTime = draft.StartTime;
        EndTime = draft.EndTime;
        Place = draft.Place;
        OnlineLink = draft.OnlineLink;
        OwnerUnitId = draft.OwnerUnitId;
        ValueCanvas = draft.ValueCanvas;
    }
}
