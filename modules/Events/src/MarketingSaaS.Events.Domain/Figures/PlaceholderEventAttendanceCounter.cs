namespace MarketingSaaS.Events.Figures;

/// <summary>
/// PLACEHOLDER until registrations and check-in exist in this branch: every event counts zero. Registered with
/// TryAdd, so the registration part's real counter replaces it.
/// </summary>
public sealed class PlaceholderEventAttendanceCounter : IEventAttendanceCounter
{
    public Task<IReadOnlyDictionary<Guid, EventAttendanceCounts>> CountAsync(IReadOnlyCollection<Guid> marketingEventIds, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyDictionary<Guid, EventAttendanceCounts>>(new Dictionary<Guid, EventAttendanceCounts>());
}
