using MarketingSaaS.Events.Registrations;
using MarketingSaaS.Framework.EntityFrameworkCore.DbContexts;
using MarketingSaaS.Framework.EntityFrameworkCore.Repositories;
using Microsoft.EntityFrameworkCore;

namespace MarketingSaaS.Events.EntityFrameworkCore.Registrations;

internal sealed class EventRegistrationRepository(IDbContextProvider<EventsDbContext> contextProvider)
    : EfRepository<EventsDbContext, EventRegistration, Guid>(contextProvider), IEventRegistrationRepository
{
    public async Task<(long TotalCount, List<EventRegistration> Items)> GetPagedListAsync(
        Guid eventId, string? filter, EventRegistrationStatus? status, bool? checkedIn, bool? isLead, int skipCount, int maxResultCount,
        CancellationToken cancellationToken = default)
    {
        var query = (await GetQueryableAsync(cancellationToken)).Where(r => r.EventId == eventId);
        if (!string.IsNullOrWhiteSpace(filter))
        {
            var text = filter.Trim();
            var lower = text.ToLowerInvariant();
            query = query.Where(r => r.Name.Contains(text) || r.Email.Contains(lower) || (r.Phone != null && r.Phone.Contains(text)));
        }

        if (status is { } s)
        {
            query = query.Where(r => r.Status == s);
        }

        if (checkedIn is { } c)
        {
            query = c ? query.Where(r => r.CheckedInAt != null) : query.Where(r => r.CheckedInAt == null);
        }

        if (isLead is { } lead)
        {
            query = query.Where(r => r.IsLead == lead);
        }

        var total = await query.LongCountAsync(cancellationToken);
        var items = await query.OrderBy(r => r.RegisteredAt).ThenBy(r => r.Id)
            .Skip(skipCount).Take(maxResultCount).ToListAsync(cancellationToken);
        return (total, items);
    }

    public async Task<List<EventRegistration>> GetConfirmedListAsync(Guid eventId, bool? checkedIn, CancellationToken cancellationToken = default)
    {
        var query = (await GetQueryableAsync(cancellationToken))
            .Where(r => r.EventId == eventId && r.Status == EventRegistrationStatus.Confirmed);
        if (checkedIn is { } c)
        {
            query = c ? query.Where(r => r.CheckedInAt != null) : query.Where(r => r.CheckedInAt == null);
        }

        return await query.OrderBy(r => r.RegisteredAt).ThenBy(r => r.Id).ToListAsync(cancellationToken);
    }

    public async Task<ConfirmedRegistrationCount> CountConfirmedAsync(IReadOnlyCollection<Guid> eventIds, CancellationToken cancellationToken = default)
    {
        var counts = await (await GetQueryableAsync(cancellationToken))
            .Where(r => eventIds.Contains(r.EventId) && r.Status == EventRegistrationStatus.Confirmed)
            .GroupBy(_ => 1)
            .Select(g => new ConfirmedRegistrationCount(g.Count(), g.Count(r => r.CheckedInAt != null)))
            .SingleOrDefaultAsync(cancellationToken);
        return counts ?? new ConfirmedRegistrationCount(0, 0);
    }

    public async Task<EventRegistration?> FindByCodeAsync(Guid eventId, string checkInCode, CancellationToken cancellationToken = default)
    {
        var code = checkInCode.Trim().ToUpperInvariant();
        return await (await GetQueryableAsync(cancellationToken))
            .FirstOrDefaultAsync(r => r.EventId == eventId && r.CheckInCode == code, cancellationToken);
    }

    public async Task<List<EventRegistration>> GetWaitingListAsync(Guid eventId, CancellationToken cancellationToken = default) =>
        await (await GetQueryableAsync(cancellationToken))
            .Where(r => r.EventId == eventId && r.Status == EventRegistrationStatus.WaitingListed)
            .OrderBy(r => r.RegisteredAt).ThenBy(r => r.Id)
            .ToListAsync(cancellationToken);
}
