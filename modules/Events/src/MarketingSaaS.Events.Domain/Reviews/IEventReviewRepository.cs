using MarketingSaaS.Framework.Domain.Repositories;

namespace MarketingSaaS.Events.Reviews;

public interface IEventReviewRepository : IRepository<EventReview, Guid>
{
    Task<EventReview?> FindByEventAsync(Guid marketingEventId, CancellationToken cancellationToken = default);
}
