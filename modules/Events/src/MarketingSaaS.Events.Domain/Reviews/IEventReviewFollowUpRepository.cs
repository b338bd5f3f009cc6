using MarketingSaaS.Events.MarketingEvents;
using MarketingSaaS.Framework.Domain.Repositories;

namespace MarketingSaaS.Events.Reviews;

public interface IEventReviewFollowUpRepository : IRepository<EventReviewFollowUp, Guid>
{
    /// <summary>Ended events (in execution or completed, end before <paramref name="endedBefore"/>) without a review, with their follow-up row if any.</summary>
    Task<List<(MarketingEvent Event, EventReviewFollowUp? FollowUp)>> GetUnreviewedEventsAsync(DateTimeOffset endedBefore, CancellationToken cancellationToken = default);
}
