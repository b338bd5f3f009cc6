using MarketingSaaS.Framework.Domain.Repositories;

namespace MarketingSaaS.Events.Plans;

public interface IEventRiskRepository : IRepository<EventRisk, Guid>
{
    /// <summary>In the order they were entered.</summary>
    Task<List<EventRisk>> GetListByEventAsync(Guid marketingEventId, CancellationToken cancellationToken = default);
}
