namespace MarketingSaaS.Events.Plans;

public interface IEventRiskAppService
{
    /// <summary>In the order they were entered.</summary>
    Task<IReadOnlyList<EventRiskDto>> GetListAsync(Guid marketingEventId, CancellationToken cancellationToken = default);

    Task<EventRiskDto> CreateAsync(Guid marketingEventId, CreateEventRiskDto input, CancellationToken cancellationToken = default);

    Task<EventRiskDto> UpdateAsync(Guid marketingEventId, Guid riskId, UpdateEventRiskDto input, CancellationToken cancellationToken = default);

    Task DeleteAsync(Guid marketingEventId, Guid riskId, CancellationToken cancellationToken = default);
}
