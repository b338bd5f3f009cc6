using MarketingSaaS.Events.Plans;
using MarketingSaaS.Framework.EntityFrameworkCore.DbContexts;
using MarketingSaaS.Framework.EntityFrameworkCore.Repositories;
using Microsoft.EntityFrameworkCore;

namespace MarketingSaaS.Events.EntityFrameworkCore.Plans;

internal sealed class EventTaskRepository(IDbContextProvider<EventsDbContext> contextProvider)
    : EfRepository<EventsDbContext, EventTask, Guid>(contextProvider), IEventTaskRepository
{
    public async Task<List<EventTask>> GetListByEventAsync(Guid marketingEventId, CancellationToken cancellationToken = default) =>
        await (await GetQueryableAsync(cancellationToken))
            .Where(t => t.MarketingEventId == marketingEventId)
            .OrderBy(t => t.StartDate).ThenBy(t => t.EndDate).ThenBy(t => t.Id)
            .ToListAsync(cancellationToken);

    public async Task<List<ResponsibleParty>> GetResponsiblesAsync(IReadOnlyCollection<Guid> marketingEventIds, CancellationToken cancellationToken = default)
    {
        var context = await GetDbContextAsync(cancellationToken);
        return await context.Set<EventTaskAssignment>()
            .Where(a => a.Role == RaciRole.Responsible)
            .Join(context.Set<EventTask>().Where(t => marketingEventIds.Contains(t.MarketingEventId)), a => a.EventTaskId, t => t.Id, (a, t) => new { t.MarketingEventId, a.Kind, a.PartyId })
            .Select(x => new ResponsibleParty(x.MarketingEventId, x.Kind, x.PartyId))
            .ToListAsync(cancellationToken);
    }

    public async Task<List<EventTask>> GetOpenOfResponsibleAsync(Guid userId, IReadOnlyCollection<Guid> positionIds, CancellationToken cancellationToken = default)
    {
        var context = await GetDbContextAsync(cancellationToken);
        var taskIds = context.Set<EventTaskAssignment>()
            .Where(a => a.Role == RaciRole.Responsible
                && ((a.Kind == RaciPartyKind.User && a.PartyId == userId) || (a.Kind == RaciPartyKind.Position && positionIds.Contains(a.PartyId))))
            .Select(a => a.EventTaskId);
        return await (await GetQueryableAsync(cancellationToken))
            .Where(t => t.ProgressPercent < 100 && taskIds.Contains(t.Id))
            .OrderBy(t => t.EndDate).ThenBy(t => t.Id)
            .ToListAsync(cancellationToken);
    }
}
