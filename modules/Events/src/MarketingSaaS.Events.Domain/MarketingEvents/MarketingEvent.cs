using MarketingSaaS.Framework.Domain.Entities;
using MarketingSaaS.Framework.MultiTenancy;

namespace MarketingSaaS.Events.MarketingEvents;

/// <summary>A marketing event (市场活动) of one company, from draft through approval and execution to its review.</summary>
public sealed class MarketingEvent : FullAuditedAggregateRoot<Guid>, IMultiTenant
{
    private MarketingEvent() { }

    internal MarketingEvent(Guid id, string name, MarketingEventType type, DateTimeOffset startTime, DateTimeOffset endTime) : base(id)
    {
        Name = name;
        Type = type;
        StartTime = startTime;
        EndTime = endTime;
        Status = MarketingEventStatus.Draft;
    }

    public Guid TenantId { get; private set; }

    public string Name { get; private set; } = "";

    public MarketingEventType Type { get; private set; }

    public DateTimeOffset StartTime { get; private set; }

    public DateTimeOffset EndTime { get; private set; }

    public MarketingEventStatus Status { get; private set; }
}
