using MarketingSaaS.Framework.Domain.Entities;
using MarketingSaaS.Framework.MultiTenancy;

namespace MarketingSaaS.Events.Reviews;

/// <summary>
/// The 复盘 of one event, due within the company's <see cref="Settings.EventsSettings.ReviewDueDays"/> days of its end: goal attainment,
/// resource efficiency, feedback and the 《效能优化清单》 (improvement items with owner and due date).
/// </summary>
public sealed class EventReview : FullAuditedAggregateRoot<Guid>, IMultiTenant
{
    private readonly List<EventImprovementItem> _improvements = [];

    private EventReview() { }

    internal EventReview(Guid id, Guid marketingEventId, EventReviewDraft draft) : base(id)
    {
        MarketingEventId = marketingEventId;
        Apply(draft);
    }

    public Guid TenantId { get; private set; }

    public Guid MarketingEventId { get; private set; }

    public string GoalAttainment { get; private set; } = "";

    public string ResourceEfficiency { get; private set; } = "";

    public string? Feedback { get; private set; }

    public IReadOnlyList<EventImprovementItem> Improvements => _improvements;

    internal void Apply(EventReviewDraft draft)
    {
        GoalAttainment = draft.GoalAttainment;
        ResourceEfficiency = draft.ResourceEfficiency;
        Feedback = draft.Feedback;
        _improvements.Clear();
        foreach (var item in draft.Improvements)
        {
            _improvements.Add(new EventImprovementItem(SequentialGuid.Create(), Id, item.Description, item.OwnerUserId, item.DueDate));
        }
    }
}
