using MarketingSaaS.Framework.Domain.Repositories;

namespace MarketingSaaS.Events.Registrations;

public interface IEventRegistrationSettingsRepository : IRepository<EventRegistrationSettings, Guid>
{
    /// <summary>
    /// Takes a confirmed seat with one conditional update (ConfirmedCount &lt; Capacity); false when full.
    /// On PostgreSQL the updated row stays locked until the transaction ends, which serializes seat changes.
    /// </summary>
    Task<bool> TryTakeSeatAsync(Guid eventId, CancellationToken cancellationToken = default);

    Task ReleaseSeatAsync(Guid eventId, CancellationToken cancellationToken = default);

    /// <summary>Changes capacity and opening in one conditional update; false when the capacity is below the confirmed count.</summary>
    Task<bool> TryChangeAsync(Guid eventId, int capacity, bool isOpen, CancellationToken cancellationToken = default);

    /// <summary>The settings as stored now (untracked), counter included.</summary>
    Task<EventRegistrationSettings?> FindCurrentAsync(Guid eventId, CancellationToken cancellationToken = default);
}
