namespace MarketingSaaS.Events.Reviews;

public interface IEventReviewAppService
{
    /// <summary>404 while the event has no review.</summary>
    Task<EventReviewDto> GetAsync(Guid marketingEventId, CancellationToken cancellationToken = default);

    Task<EventReviewDto> SaveAsync(Guid marketingEventId, SaveEventReviewDto input, CancellationToken cancellationToken = default);
}
