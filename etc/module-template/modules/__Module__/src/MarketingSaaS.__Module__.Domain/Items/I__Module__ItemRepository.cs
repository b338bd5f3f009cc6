using MarketingSaaS.Framework.Domain.Repositories;

namespace MarketingSaaS.__Module__.Items;

public interface I__Module__ItemRepository : IRepository<__Module__Item, Guid>
{
    /// <summary>By name; <paramref name="filter"/> searches the name.</summary>
    Task<(long TotalCount, List<__Module__Item> Items)> GetPagedListAsync(string? filter, int skipCount, int maxResultCount, CancellationToken cancellationToken = default);
}
