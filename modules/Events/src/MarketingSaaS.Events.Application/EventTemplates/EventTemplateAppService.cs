using MarketingSaaS.Dtos;
using MarketingSaaS.Events.MarketingEvents;
using MarketingSaaS.Framework.Uow;
using MarketingSaaS.Validation;

namespace MarketingSaaS.Events.EventTemplates;

public sealed class EventTemplateAppService(
    IEventTemplateRepository templates,
    IMarketingEventRepository events,
    EventTemplateManager manager,
    IUnitOfWork unitOfWork) : IEventTemplateAppService
{
    public async Task<PagedResultDto<EventTemplateDto>> GetListAsync(GetEventTemplateListInput input, CancellationToken cancellationToken = default)
    {
        InputValidator.Validate(input);
        var (total, items) = await templates.GetPagedListAsync(input.Filter, input.SkipCount, input.MaxResultCount, cancellationToken);
        return new PagedResultDto<EventTemplateDto>(total, [.. items.Select(t => t.ToDto())]);
    }

    public async Task<EventTemplateDto> GetAsync(Guid id, CancellationToken cancellationToken = default) =>
        (await templates.GetAsync(id, cancellationToken)).ToDto();

    public async Task<EventTemplateDto> CreateAsync(CreateEventTemplateDto input, CancellationToken cancellationToken = default)
    {
        InputValidator.Validate(input);
        var source = await events.GetAsync(input.MarketingEventId!.Value, cancellationToken);
        var template = EventTemplateManager.SaveFrom(source, input.Name, input.Description);
        await templates.InsertAsync(template, cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return template.ToDto();
    }

    public async Task<EventTemplateDto> UpdateAsync(Guid id, UpdateEventTemplateDto input, CancellationToken cancellationToken = default)
    {
        InputValidator.Validate(input);
        var template = await templates.GetAsync(id, cancellationToken);
        EventTemplateManager.Rename(template, input.Name, input.Description);
        await templates.UpdateAsync(template, input.ConcurrencyStamp, cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return template.ToDto();
    }

    public async Task DeleteAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var template = await templates.GetAsync(id, cancellationToken);
        await templates.DeleteAsync(template, cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
    }

    public async Task<MarketingEventDto> CreateEventAsync(Guid id, CreateEventFromTemplateDto input, CancellationToken cancellationToken = default)
    {
        InputValidator.Validate(input);
        var template = await templates.GetAsync(id, cancellationToken);
        var marketingEvent = await manager.CreateEventAsync(template, input.Name, input.StartTime!.Value, input.EndTime!.Value, input.OwnerUnitId, cancellationToken);
        await events.InsertAsync(marketingEvent, cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return marketingEvent.ToDto();
    }
}
