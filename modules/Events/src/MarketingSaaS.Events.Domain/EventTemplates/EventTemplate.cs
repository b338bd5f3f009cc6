using MarketingSaaS.Approvals;
using MarketingSaaS.Events.MarketingEvents;
using MarketingSaaS.Framework.Domain.Entities;
using MarketingSaaS.Framework.MultiTenancy;

namespace MarketingSaaS.Events.EventTemplates;

/// <summary>
/// A reusable event (SC-007: the result of a finished event becomes a template): the plan of a completed or closed
/// event without its dates, status, approval or execution data: basic fields, value canvas, budget lines and the plan
/// (tasks with RACI, milestones, risks) with dates relative to the event's start. New draft events start from it.
/// </summary>
public sealed class EventTemplate : FullAuditedAggregateRoot<Guid>, IMultiTenant
{
    private readonly List<EventTemplateBudgetLine> _budgetLines = [];
    private readonly List<EventTemplateTask> _tasks = [];
    private readonly List<EventTemplateMilestone> _milestones = [];
    private readonly List<EventTemplateRisk> _risks = [];

    private EventTemplate() { }

    internal EventTemplate(Guid id, string name, string? description, MarketingEvent source, EventTemplatePlanDraft plan) : base(id)
    {
        Name = name;
        Description = description;
        SourceEventId = source.Id;
        Type = source.Type;
        IsSpecial = source.IsSpecial;
        RiskTier = source.RiskTier;
        Goal = source.Goal;
        Theme = source.Theme;
        TargetAudience = source.TargetAudience;
        Place = source.Place;
        OnlineLink = source.OnlineLink;
        OwnerUnitId = source.OwnerUnitId;
        ValueCanvas = new EventValueCanvas(source.ValueCanvas.WhyCome, source.ValueCanvas.TakeAway, source.ValueCanvas.WillShare);
        foreach (var line in source.BudgetLines.OrderBy(l => l.SortOrder))
        {
            _budgetLines.Add(new EventTemplateBudgetLine(SequentialGuid.Create(), id, line.SortOrder, line.Category, line.Amount, line.Currency));
        }

        _tasks.AddRange(plan.Tasks.Select((t, i) => new EventTemplateTask(SequentialGuid.Create(), id, i, t)));
        _milestones.AddRange(plan.Milestones.Select((m, i) => new EventTemplateMilestone(SequentialGuid.Create(), id, i, m)));
        _risks.AddRange(plan.Risks.Select((r, i) => new EventTemplateRisk(SequentialGuid.Create(), id, i, r)));
    }

    public Guid TenantId { get; private set; }

    public string Name { get; private set; } = "";

    public string? Description { get; private set; }

    /// <summary>The event it was saved from (kept for reference; that event may be deleted later).</summary>
    public Guid SourceEventId { get; private set; }

    public MarketingEventType Type { get; private set; }

    public bool IsSpecial { get; private set; }

    public RiskTier RiskTier { get; private set; }

    public string? Goal { get; private set; }

    public string? Theme { get; private set; }

    public string? TargetAudience { get; private set; }

    public string? Place { get; private set; }

    public string? OnlineLink { get; private set; }

    public Guid OwnerUnitId { get; private set; }

    public EventValueCanvas ValueCanvas { get; private set; } = new(null, null, null);

    public IReadOnlyList<EventTemplateBudgetLine> BudgetLines => _budgetLines;

    /// <summary>Earliest start first.</summary>
    public IReadOnlyList<EventTemplateTask> Tasks => [.. _tasks.OrderBy(t => t.StartDayOffset).ThenBy(t => t.EndDayOffset).ThenBy(t => t.SortOrder)];

    /// <summary>Earliest first.</summary>
    public IReadOnlyList<EventTemplateMilestone> Milestones => [.. _milestones.OrderBy(m => m.OffsetFromStart).ThenBy(m => m.SortOrder)];

    /// <summary>In the order they were entered for the source event.</summary>
    public IReadOnlyList<EventTemplateRisk> Risks => [.. _risks.OrderBy(r => r.SortOrder)];

    public decimal TotalBudget => _budgetLines.Sum(l => l.Amount);

    internal void Rename(string name, string? description)
    {
        Name = name;
        Description = description;
    }

    /// <summary>What a new event planned from this template starts with; the caller supplies name, dates and (optionally) another unit.</summary>
    public MarketingEventDraft ToEventDraft(string name, DateTimeOffset startTime, DateTimeOffset endTime, Guid? ownerUnitId) => new(
        name, Type, IsSpecial, RiskTier, Goal, Theme, TargetAudience, startTime, endTime, Place, OnlineLink, ownerUnitId ?? OwnerUnitId,
        new EventValueCanvas(ValueCanvas.WhyCome, ValueCanvas.TakeAway, ValueCanvas.WillShare));

    public IReadOnlyList<EventBudgetLineDraft> ToBudgetLineDrafts() =>
        [.. _budgetLines.OrderBy(l => l.SortOrder).Select(l => new EventBudgetLineDraft(l.Category, l.Amount, l.Currency))];
}
