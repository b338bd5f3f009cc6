using MarketingSaaS.Framework.Domain.Entities;
using MarketingSaaS.Framework.MultiTenancy;

namespace MarketingSaaS.Events.EventTemplates;

/// <summary>
/// A milestone copied from the source event's plan: the exact time between the event's start and the milestone
/// (negative = before the start), and for display the company-calendar day offset it fell on.
/// </summary>
public sealed class EventTemplateMilestone : Entity<Guid>, IMultiTenant
{
    private EventTemplateMilestone() { }

    internal EventTemplateMilestone(Guid id, Guid eventTemplateId, int sortOrder, EventTemplateMilestoneDraft draft) : base(id)
    {
        EventTemplateId = eventTemplateId;
        SortOrder = sortOrder;
        Name = draft.Name;
        OffsetFromStart = draft.OffsetFromStart;
        DayOffset = draft.DayOffset;
        IsKeyDate = draft.IsKeyDate;
    }

    public Guid TenantId { get; private set; }

    public Guid EventTemplateId { get; private set; }

    public int SortOrder { get; private set; }

    public string Name { get; private set; } = "";

    public TimeSpan OffsetFromStart { get; private set; }

    public int DayOffset { get; private set; }

    public bool IsKeyDate { get; private set; }
}
