namespace MarketingSaaS.Events.Figures;

/// <summary>Registrants, checked-in attendees and leads per event; implemented by the registration part of the module.</summary>
public interface IEventAttendanceCounter
{
    /// <summary>Counts for the given events; an event missing from the answer counts zero.</summary>
    Task<IReadOnlyDictionary<Guid, EventAttendanceCounts>> CountAsync(IReadOnlyCollection<Guid> marketingEventIds, CancellationToken cancellationToken = default);
}
