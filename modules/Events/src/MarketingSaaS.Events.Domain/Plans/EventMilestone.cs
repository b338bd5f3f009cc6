using MarketingSaaS.Framework.Domain.Entities;
using MarketingSaaS.Framework.MultiTenancy;

namespace MarketingSaaS.Events.Plans;

/// <summary>A milestone of an event's plan at a UTC instant; key dates get a rehearsal reminder.</summary>
public sealed class EventMilestone : FullAuditedAggregateRoot<Guid>, IMultiTenant
{
    private EventMilestone() { }

    internal EventMilestone(Guid id, Guid marketingEventId, string name, DateTimeOffset date, bool isKeyDate) : base(id)
    {
        MarketingEventId = marketingEventId;
        Change(name, date, isKeyDate);
    }

    public Guid TenantId { get; private set; }

    public Guid MarketingEventId { get; private set; }

    public string Name { get; private set; } = "";

    public DateTimeOffset Date { get; private set; }

    public bool IsKeyDate { get; private set; }

    internal void Change(string name, DateTimeOffset date, bool isKeyDate)
    {
        Name = name.Trim();
        Date = date.ToUniversalTime();
        IsKeyDate = isKeyDate;
    }
}
