using MarketingSaaS.Events.Registrations;
using MarketingSaaS.Framework.EntityFrameworkCore.DbContexts;
using MarketingSaaS.Framework.EntityFrameworkCore.Repositories;
using Microsoft.EntityFrameworkCore;

namespace MarketingSaaS.Events.EntityFrameworkCore.Registrations;

internal sealed class EventRegistrationSettingsRepository(IDbContextProvider<EventsDbContext> contextProvider)
    : EfRepository<EventsDbContext, EventRegistrationSettings, Guid>(contextProvider), IEventRegistrationSettingsRepository
{
    public async Task<bool> TryTakeSeatAsync(Guid eventId, CancellationToken cancellationToken = default)
    {
        // PostgreSQL re-checks the condition on the newest row version after waiting for a concurrent update's lock,
        // so exactly Capacity updates succeed however many sign-ups race; SQLite serializes writers anyway.
        var query = await GetQueryableAsync(cancellationToken);
        var taken = await query
            .Where(s => s.Id == eventId && s.ConfirmedCount < s.Capacity)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.ConfirmedCount, x => x.ConfirmedCount + 1), cancellationToken);
        return taken == 1;
    }

    public async Task ReleaseSeatAsync(Guid eventId, CancellationToken cancellationToken = default)
    {
        var query = await GetQueryableAsync(cancellationToken);
        await query
            .Where(s => s.Id == eventId && s.ConfirmedCount > 0)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.ConfirmedCount, x => x.ConfirmedCount - 1), cancellationToken);
    }

    public async Task<bool> TryChangeAsync(Guid eventId, int capacity, bool isOpen, CancellationToken cancellationToken = default)
    {
        var query = await GetQueryableAsync(cancellationToken);
        var stamp = Guid.NewGuid().ToString("N");
        var changed = await query
            .Where(s => s.Id == eventId && s.ConfirmedCount <= capacity)
            .ExecuteUpdateAsync(
                s => s.SetProperty(x => x.Capacity, capacity).SetProperty(x => x.IsOpen, isOpen).SetProperty(x => x.ConcurrencyStamp, stamp),
                cancellationToken);
        return changed == 1;
    }

    public async Task<EventRegistrationSettings?> FindCurrentAsync(Guid eventId, CancellationToken cancellationToken = default) =>
        await (await GetQueryableAsync(cancellationToken)).AsNoTracking().FirstOrDefaultAsync(s => s.Id == eventId, cancellationToken);
}
