using MarketingSaaS.Framework.Domain.Repositories;

namespace MarketingSaaS.Events.Registrations;

public interface IEventRegistrationRepository : IRepository<EventRegistration, Guid>
{
    /// <summary>Registration order; <paramref name="filter"/> searches name, e-mail and phone.</summary>
    Task<(long TotalCount, List<EventRegistration> Items)> GetPagedListAsync(
        Guid eventId, string? filter, EventRegistrationStatus? status, bool? checkedIn, bool? isLead, int skipCount, int maxResultCount,
        CancellationToken cancellationToken = default);

    Task<List<EventRegistration>> GetConfirmedListAsync(Guid eventId, bool? checkedIn, CancellationToken cancellationToken = default);

    /// <summary>Confirmed registrations of the events, and how many of them checked in: one query.</summary>
    Task<ConfirmedRegistrationCount> CountConfirmedAsync(IReadOnlyCollection<Guid> eventIds, CancellationToken cancellationToken = default);

    Task<EventRegistration?> FindByCodeAsync(Guid eventId, string checkInCode, CancellationToken cancellationToken = default);

    /// <summary>Waiting-listed registrations, first come first.</summary>
    Task<List<EventRegistration>> GetWaitingListAsync(Guid eventId, CancellationToken cancellationToken = default);
}

public sealed record ConfirmedRegistrationCount(int Confirmed, int CheckedIn);
