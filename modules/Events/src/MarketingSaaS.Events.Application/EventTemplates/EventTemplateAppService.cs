using MarketingSaaS.Dtos;
using MarketingSaaS.Events.MarketingEvents;
using MarketingSaaS.Events.Plans;
using MarketingSaaS.Framework.Uow;
using MarketingSaaS.Framework.Users;

namespace MarketingSaaS.Events.EventTemplates;

public sealed class EventTemplateAppService(
    IEventTemplateRepository templates,
    IMarketingEventRepository events,
    IEventTaskRepository tasks,
    IEventMilestoneRepository milestones,
    IEventRiskRepository risks,
    EventTemplateManager manager,
    RaciNameResolver raciNames,
    ICurrentUser currentUser,
    IUnitOfWork unitOfWork) : IEventTemplateAppService
{
    public async Task<PagedResultDto<EventTemplateDto>> GetListAsync(GetEventTemplateListInput input, CancellationToken cancellationToken = default)
    {
        var (total, items) = await templates.GetPagedListAsync(input.Filter, input.SkipCount, input.MaxResultCount, cancellationToken);
        var nameOf = await raciNames.ResolveAsync(items.RaciParties(), cancellationToken);
        return new PagedResultDto<EventTemplateDto>(total, [.. items.Select(t => t.ToDto(nameOf))]);
    }

    public async Task<EventTemplateDto> GetAsync(Guid id, CancellationToken cancellationToken = default) =>
        await ToDtoAsync(await templates.GetWithPlanAsync(id, cancellationToken), cancellationToken);

    public async Task<EventTemplateDto> CreateAsync(CreateEventTemplateDto input, CancellationToken cancellationToken = default)
    {
        var source = await events.GetAsync(input.MarketingEventId!.Value, cancellationToken);
        var template = await manager.SaveFromAsync(
            source,
            await tasks.GetListByEventAsync(source.Id, cancellationToken),
            await milestones.GetListByEventAsync(source.Id, cancellationToken),
            await risks.GetListByEventAsync(source.Id, cancellationToken),
            input.Name,
            input.Description,
            cancellationToken);
        await templates.InsertAsync(template, cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return await ToDtoAsync(template, cancellationToken);
    }

    public async Task<EventTemplateDto> UpdateAsync(Guid id, UpdateEventTemplateDto input, CancellationToken cancellationToken = default)
    {
        var template = await templates.GetWithPlanAsync(id, cancellationToken);
        EventTemplateManager.Rename(template, input.Name, input.Description);
        await templates.UpdateAsync(template, input.ConcurrencyStamp, cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return await ToDtoAsync(template, cancellationToken);
    }

    public async Task DeleteAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var template = await templates.GetWithPlanAsync(id, cancellationToken);
        await templates.DeleteAsync(template, cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The event, then its plan from the template (tasks with the RACI parties that still exist, milestones, risks owned by the caller).</summary>
    public async Task<MarketingEventDto> CreateEventAsync(Guid id, CreateEventFromTemplateDto input, CancellationToken cancellationToken = default)
    {
        var template = await templates.GetWithPlanAsync(id, cancellationToken);
        var marketingEvent = await manager.CreateEventAsync(template, input.Name, input.StartTime!.Value, input.EndTime!.Value, input.OwnerUnitId, cancellationToken);
        var plan = await manager.CreatePlanAsync(template, marketingEvent, currentUser.Id!.Value, cancellationToken);
        await events.InsertAsync(marketingEvent, cancellationToken);
        foreach (var task in plan.Tasks)
        {
            await tasks.InsertAsync(task, cancellationToken);
        }

        foreach (var milestone in plan.Milestones)
        {
            await milestones.InsertAsync(milestone, cancellationToken);
        }

        foreach (var risk in plan.Risks)
        {
            await risks.InsertAsync(risk, cancellationToken);
        }

        await unitOfWork.SaveChangesAsync(cancellationToken);
        return marketingEvent.ToDto();
    }

    private async Task<EventTemplateDto> ToDtoAsync(EventTemplate template, CancellationToken cancellationToken) =>
        template.ToDto(await raciNames.ResolveAsync(new[] { template }.RaciParties(), cancellationToken));
}
