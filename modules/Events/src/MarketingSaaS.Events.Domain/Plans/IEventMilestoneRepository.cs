using MarketingSaaS.Framework.Domain.Repositories;

namespace MarketingSaaS.Events.Plans;

public interface IEventMilestoneRepository : IRepository<EventMilestone, Guid>
{
    /// <summary>Earliest first.</summary>
    Task<List<EventMilestone>> GetListByEventAsync(Guid marketingEventId, CancellationToken cancellationToken = default);
}
