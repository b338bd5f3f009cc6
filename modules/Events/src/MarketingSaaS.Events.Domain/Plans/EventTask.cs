using MarketingSaaS.Framework.Domain.Entities;
using MarketingSaaS.Framework.MultiTenancy;

namespace MarketingSaaS.Events.Plans;

/// <summary>A task of an event's plan: calendar dates (company time), progress and who is Responsible, Accountable, Consulted, Informed.</summary>
public sealed class EventTask : FullAuditedAggregateRoot<Guid>, IMultiTenant
{
    private readonly List<EventTaskAssignment> _raci = [];

    private EventTask() { }

    internal EventTask(Guid id, Guid marketingEventId, EventTaskDraft draft) : base(id)
    {
        MarketingEventId = marketingEventId;
        Apply(draft);
    }

    public Guid TenantId { get; private set; }

    public Guid MarketingEventId { get; private set; }

    public string Name { get; private set; } = "";

    public DateOnly StartDate { get; private set; }

    public DateOnly EndDate { get; private set; }

    public int ProgressPercent { get; private set; }

    public IReadOnlyList<EventTaskAssignment> Raci => _raci;

    public EventTaskAssignment? Responsible => _raci.FirstOrDefault(a => a.Role == RaciRole.Responsible);

    internal void Apply(EventTaskDraft draft)
    {
        Name = draft.Name;
        StartDate = draft.StartDate;
        EndDate = draft.EndDate;
        _raci.Clear();
        foreach (var entry in draft.Raci)
        {
            _raci.Add(new EventTaskAssignment(SequentialGuid.Create(), Id, entry));
        }
    }

    internal void SetProgress(int percent) => ProgressPercent = percent;
}
