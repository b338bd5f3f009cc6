using MarketingSaaS.Dtos;

namespace MarketingSaaS.Events.MarketingEvents;

public interface IMarketingEventAppService
{
    Task<PagedResultDto<MarketingEventDto>> GetListAsync(GetMarketingEventListInput input, CancellationToken cancellationToken = default);

    Task<MarketingEventDto> GetAsync(Guid id, CancellationToken cancellationToken = default);

    Task<MarketingEventDto> CreateAsync(CreateMarketingEventDto input, CancellationToken cancellationToken = default);

    Task<MarketingEventDto> UpdateAsync(Guid id, UpdateMarketingEventDto input, CancellationToken cancellationToken = default);

    Task DeleteAsync(Guid id, CancellationToken cancellationToken = default);

    Task<MarketingEventDto> ChangeBudgetAsync(Guid id, ChangeEventBudgetDto input, CancellationToken cancellationToken = default);

    Task<MarketingEventDto> SubmitAsync(Guid id, MarketingEventActionDto input, CancellationToken cancellationToken = default);

    Task<MarketingEventDto> StartAsync(Guid id, MarketingEventActionDto input, CancellationToken cancellationToken = default);

    Task<MarketingEventDto> CompleteAsync(Guid id, MarketingEventActionDto input, CancellationToken cancellationToken = default);

    Task<MarketingEventDto> CloseAsync(Guid id, MarketingEventActionDto input, CancellationToken cancellationToken = default);
}
