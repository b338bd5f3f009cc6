using MarketingSaaS.Framework.Domain.Entities;
using MarketingSaaS.Framework.MultiTenancy;

namespace MarketingSaaS.Events.Registrations;

/// <summary>
/// Registration of one event (keyed by the event's id): capacity, open or closed, and the confirmed-seat counter
/// that sign-ups take with a conditional update, so that concurrent sign-ups never overbook.
/// </summary>
public sealed class EventRegistrationSettings : AggregateRoot<Guid>, IMultiTenant
{
    private EventRegistrationSettings() { }

    internal EventRegistrationSettings(Guid eventId, int capacity, bool isOpen) : base(eventId)
    {
        Capacity = capacity;
        IsOpen = isOpen;
    }

    public Guid TenantId { get; private set; }

    public Guid EventId => Id;

    public int Capacity { get; private set; }

    public bool IsOpen { get; private set; }

    /// <summary>Confirmed registrations. Capacity, opening and this counter change only through the repository's conditional updates.</summary>
    public int ConfirmedCount { get; private set; }

    public int SeatsLeft => Math.Max(0, Capacity - ConfirmedCount);
}
