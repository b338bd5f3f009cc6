using MarketingSaaS.Framework.Domain.Repositories;

namespace MarketingSaaS.Events.Figures;

public interface IEventAttributedRevenueRepository : IRepository<EventAttributedRevenue, Guid>
{
    Task<EventAttributedRevenue?> FindByEventAsync(Guid marketingEventId, CancellationToken cancellationToken = default);

    Task<Dictionary<Guid, decimal>> GetAmountsAsync(IReadOnlyCollection<Guid> marketingEventIds, CancellationToken cancellationToken = default);
}
