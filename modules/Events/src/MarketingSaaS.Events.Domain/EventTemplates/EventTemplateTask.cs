using MarketingSaaS.Events.Plans;
using MarketingSaaS.Framework.Domain.Entities;
using MarketingSaaS.Framework.MultiTenancy;

namespace MarketingSaaS.Events.EventTemplates;

/// <summary>
/// A task copied from the source event's plan: its dates as company-calendar day offsets from the event's start date
/// (0 = the start day, -10 = ten days before), and its RACI entries.
/// </summary>
public sealed class EventTemplateTask : Entity<Guid>, IMultiTenant
{
    private readonly List<EventTemplateTaskAssignment> _raci = [];

    private EventTemplateTask() { }

    internal EventTemplateTask(Guid id, Guid eventTemplateId, int sortOrder, EventTemplateTaskDraft draft) : base(id)
    {
        EventTemplateId = eventTemplateId;
        SortOrder = sortOrder;
        Name = draft.Name;
        StartDayOffset = draft.StartDayOffset;
        EndDayOffset = draft.EndDayOffset;
        foreach (var entry in draft.Raci)
        {
            _raci.Add(new EventTemplateTaskAssignment(SequentialGuid.Create(), id, entry));
        }
    }

    public Guid TenantId { get; private set; }

    public Guid EventTemplateId { get; private set; }

    public int SortOrder { get; private set; }

    public string Name { get; private set; } = "";

    public int StartDayOffset { get; private set; }

    public int EndDayOffset { get; private set; }

    public IReadOnlyList<EventTemplateTaskAssignment> Raci => _raci;
}
