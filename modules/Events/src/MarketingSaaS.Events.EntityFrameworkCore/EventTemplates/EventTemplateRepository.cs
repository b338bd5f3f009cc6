using MarketingSaaS.Events.EventTemplates;
using MarketingSaaS.Framework.Domain.Entities;
using MarketingSaaS.Framework.EntityFrameworkCore.DbContexts;
using MarketingSaaS.Framework.EntityFrameworkCore.Repositories;
using Microsoft.EntityFrameworkCore;

namespace MarketingSaaS.Events.EntityFrameworkCore.EventTemplates;

internal sealed class EventTemplateRepository(IDbContextProvider<EventsDbContext> contextProvider)
    : EfRepository<EventsDbContext, EventTemplate, Guid>(contextProvider), IEventTemplateRepository
{
    public async Task<(long TotalCount, List<EventTemplate> Items)> GetPagedListAsync(string? filter, int skipCount, int maxResultCount, CancellationToken cancellationToken = default)
    {
        var query = await GetQueryableAsync(cancellationToken);
        if (!string.IsNullOrWhiteSpace(filter))
        {
            var text = filter.Trim();
            query = query.Where(t => t.Name.Contains(text) || (t.Description != null && t.Description.Contains(text)));
        }

        var total = await query.LongCountAsync(cancellationToken);
        var items = await query.OrderBy(t => t.Name).ThenBy(t => t.Id).Skip(skipCount).Take(maxResultCount).AsSplitQuery().ToListAsync(cancellationToken);
        return (total, items);
    }

    public async Task<EventTemplate> GetWithPlanAsync(Guid id, CancellationToken cancellationToken = default) =>
        await (await GetQueryableAsync(cancellationToken)).AsSplitQuery().FirstOrDefaultAsync(t => t.Id == id, cancellationToken)
        ?? throw new EntityNotFoundException(typeof(EventTemplate), id);
}
