using MarketingSaaS.Dtos;
using MarketingSaaS.Framework.Uow;
using MarketingSaaS.Validation;

namespace MarketingSaaS.Events.MarketingEvents;

public sealed class MarketingEventAppService(
    IMarketingEventRepository events,
    MarketingEventManager manager,
    IUnitOfWork unitOfWork) : IMarketingEventAppService
{
    public async Task<PagedResultDto<MarketingEventDto>> GetListAsync(GetMarketingEventListInput input, CancellationToken cancellationToken = default)
    {
        InputValidator.Validate(input);
        var (total, items) = await events.GetPagedListAsync(input.Filter, input.Status, input.Type, input.SkipCount, input.MaxResultCount, cancellationToken);
        return new PagedResultDto<MarketingEventDto>(total, [.. items.Select(e => e.ToDto())]);
    }

    public async Task<MarketingEventDto> GetAsync(Guid id, CancellationToken cancellationToken = default) =>
        (await events.GetAsync(id, cancellationToken)).ToDto();

    public async Task<MarketingEventDto> CreateAsync(CreateMarketingEventDto input, CancellationToken cancellationToken = default)
    {
        InputValidator.Validate(input);
        var marketingEvent = manager.Create(input.Name, input.Type, input.StartTime, input.EndTime);
        await events.InsertAsync(marketingEvent, cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return marketingEvent.ToDto();
    }
}
