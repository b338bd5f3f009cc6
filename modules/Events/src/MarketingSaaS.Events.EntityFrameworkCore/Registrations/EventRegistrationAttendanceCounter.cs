using MarketingSaaS.Events.Figures;
using MarketingSaaS.Events.Registrations;
using MarketingSaaS.Framework.EntityFrameworkCore.DbContexts;
using Microsoft.EntityFrameworkCore;

namespace MarketingSaaS.Events.EntityFrameworkCore.Registrations;

/// <summary>
/// The figures' head counts, in one grouped query: registrants are sign-ups not cancelled (confirmed or waiting),
/// attendees are those checked in, leads those marked as leads.
/// </summary>
internal sealed class EventRegistrationAttendanceCounter(IDbContextProvider<EventsDbContext> contextProvider) : IEventAttendanceCounter
{
    public async Task<IReadOnlyDictionary<Guid, EventAttendanceCounts>> CountAsync(IReadOnlyCollection<Guid> marketingEventIds, CancellationToken cancellationToken = default)
    {
        if (marketingEventIds.Count == 0)
        {
            return new Dictionary<Guid, EventAttendanceCounts>();
        }

        var context = await contextProvider.GetDbContextAsync(cancellationToken);
        var rows = await context.EventRegistrations
            .Where(r => marketingEventIds.Contains(r.EventId))
            .GroupBy(r => r.EventId)
            .Select(g => new
            {
                EventId = g.Key,
                Registrants = g.Count(r => r.Status != EventRegistrationStatus.Cancelled),
                Attendees = g.Count(r => r.CheckedInAt != null),
                Leads = g.Count(r => r.IsLead),
            })
            .ToListAsync(cancellationToken);
        return rows.ToDictionary(r => r.EventId, r => new EventAttendanceCounts(r.Registrants, r.Attendees, r.Leads));
    }
}
