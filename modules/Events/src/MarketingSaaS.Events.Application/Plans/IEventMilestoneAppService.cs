namespace MarketingSaaS.Events.Plans;

public interface IEventMilestoneAppService
{
    /// <summary>Earliest first.</summary>
    Task<IReadOnlyList<EventMilestoneDto>> GetListAsync(Guid marketingEventId, CancellationToken cancellationToken = default);

    Task<EventMilestoneDto> CreateAsync(Guid marketingEventId, CreateEventMilestoneDto input, CancellationToken cancellationToken = default);

    Task<EventMilestoneDto> UpdateAsync(Guid marketingEventId, Guid milestoneId, UpdateEventMilestoneDto input, CancellationToken cancellationToken = default);

    Task DeleteAsync(Guid marketingEventId, Guid milestoneId, CancellationToken cancellationToken = default);
}
