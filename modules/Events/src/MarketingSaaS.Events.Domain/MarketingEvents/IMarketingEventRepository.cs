using MarketingSaaS.Framework.Domain.Repositories;

namespace MarketingSaaS.Events.MarketingEvents;

public interface IMarketingEventRepository : IRepository<MarketingEvent, Guid>
{
    /// <summary>Newest start first; <paramref name="filter"/> searches the name.</summary>
    Task<(long TotalCount, List<MarketingEvent> Items)> GetPagedListAsync(
        string? filter, MarketingEventStatus? status, MarketingEventType? type, int skipCount, int maxResultCount,
        CancellationToken cancellationToken = default);
}
