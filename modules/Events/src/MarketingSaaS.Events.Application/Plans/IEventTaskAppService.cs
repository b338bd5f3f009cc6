namespace MarketingSaaS.Events.Plans;

public interface IEventTaskAppService
{
    /// <summary>By start date.</summary>
    Task<IReadOnlyList<EventTaskDto>> GetListAsync(Guid marketingEventId, CancellationToken cancellationToken = default);

    Task<EventTaskDto> GetAsync(Guid marketingEventId, Guid taskId, CancellationToken cancellationToken = default);

    Task<EventTaskDto> CreateAsync(Guid marketingEventId, CreateEventTaskDto input, CancellationToken cancellationToken = default);

    Task<EventTaskDto> UpdateAsync(Guid marketingEventId, Guid taskId, UpdateEventTaskDto input, CancellationToken cancellationToken = default);

    /// <summary>By the task's Responsible or a user with <c>Events.MarketingEvents.Manage</c>.</summary>
    Task<EventTaskDto> SetProgressAsync(Guid marketingEventId, Guid taskId, SetEventTaskProgressDto input, CancellationToken cancellationToken = default);

    Task DeleteAsync(Guid marketingEventId, Guid taskId, CancellationToken cancellationToken = default);
}
