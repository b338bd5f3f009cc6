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
}
