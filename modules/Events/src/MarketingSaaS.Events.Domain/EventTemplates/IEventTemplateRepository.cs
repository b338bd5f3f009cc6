using MarketingSaaS.Framework.Domain.Repositories;

namespace MarketingSaaS.Events.EventTemplates;

public interface IEventTemplateRepository : IRepository<EventTemplate, Guid>
{
    /// <summary>By name; <paramref name="filter"/> searches name and description.</summary>
    Task<(long TotalCount, List<EventTemplate> Items)> GetPagedListAsync(string? filter, int skipCount, int maxResultCount, CancellationToken cancellationToken = default);

    /// <summary>Like GetAsync, but loads the plan collections with one query each instead of one joined query.</summary>
    Task<EventTemplate> GetWithPlanAsync(Guid id, CancellationToken cancellationToken = default);
}
