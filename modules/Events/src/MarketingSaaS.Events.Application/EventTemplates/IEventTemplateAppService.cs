using MarketingSaaS.Dtos;
using MarketingSaaS.Events.MarketingEvents;

namespace MarketingSaaS.Events.EventTemplates;

public interface IEventTemplateAppService
{
    Task<PagedResultDto<EventTemplateDto>> GetListAsync(GetEventTemplateListInput input, CancellationToken cancellationToken = default);

    Task<EventTemplateDto> GetAsync(Guid id, CancellationToken cancellationToken = default);

    Task<EventTemplateDto> CreateAsync(CreateEventTemplateDto input, CancellationToken cancellationToken = default);

    Task<EventTemplateDto> UpdateAsync(Guid id, UpdateEventTemplateDto input, CancellationToken cancellationToken = default);

    Task DeleteAsync(Guid id, CancellationToken cancellationToken = default);

    Task<MarketingEventDto> CreateEventAsync(Guid id, CreateEventFromTemplateDto input, CancellationToken cancellationToken = default);
}
