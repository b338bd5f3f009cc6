using MarketingSaaS.Dtos;
using MarketingSaaS.Events.MarketingEvents;

namespace MarketingSaaS.Events.Figures;

public interface IEventFiguresAppService
{
    Task<EventFiguresDto> GetAsync(Guid marketingEventId, CancellationToken cancellationToken = default);

    /// <summary>The events of the list (same filter and order) with their figures.</summary>
    Task<PagedResultDto<EventFiguresDto>> GetListAsync(GetMarketingEventListInput input, CancellationToken cancellationToken = default);

    Task<EventRevenueDto> SetRevenueAsync(Guid marketingEventId, SetEventRevenueDto input, CancellationToken cancellationToken = default);
}
