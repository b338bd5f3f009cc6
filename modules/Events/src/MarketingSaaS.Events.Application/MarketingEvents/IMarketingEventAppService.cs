using MarketingSaaS.Dtos;

namespace MarketingSaaS.Events.MarketingEvents;

public interface IMarketingEventAppService
{
    Task<PagedResultDto<MarketingEventDto>> GetListAsync(GetMarketingEventListInput input, CancellationToken cancellationToken = default);

    Task<MarketingEventDto> GetAsync(Guid id, CancellationToken cancellationToken = default);

    Task<MarketingEventDto> CreateAsync(CreateMarketingEventDto input, CancellationToken cancellationToken = default);
}
