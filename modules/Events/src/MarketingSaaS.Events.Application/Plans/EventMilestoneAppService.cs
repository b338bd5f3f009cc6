using MarketingSaaS.Events.MarketingEvents;
using MarketingSaaS.Framework.Domain.Entities;
using MarketingSaaS.Framework.Uow;

namespace MarketingSaaS.Events.Plans;

public sealed class EventMilestoneAppService(
    IMarketingEventRepository events,
    IEventMilestoneRepository milestones,
    EventMilestoneManager manager,
    IUnitOfWork unitOfWork) : IEventMilestoneAppService
{
    public async Task<IReadOnlyList<EventMilestoneDto>> GetListAsync(Guid marketingEventId, CancellationToken cancellationToken = default)
    {
        await events.GetAsync(marketingEventId, cancellationToken);
        return [.. (await milestones.GetListByEventAsync(marketingEventId, cancellationToken)).Select(ToDto)];
    }

    public async Task<EventMilestoneDto> CreateAsync(Guid marketingEventId, CreateEventMilestoneDto input, CancellationToken cancellationToken = default)
    {
        var marketingEvent = await events.GetAsync(marketingEventId, cancellationToken);
        var milestone = await manager.CreateAsync(marketingEvent, input.Name, input.Date!.Value, input.IsKeyDate, cancellationToken);
        await milestones.InsertAsync(milestone, cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return ToDto(milestone);
    }

    public async Task<EventMilestoneDto> UpdateAsync(Guid marketingEventId, Guid milestoneId, UpdateEventMilestoneDto input, CancellationToken cancellationToken = default)
    {
        var (marketingEvent, milestone) = await GetMilestoneAsync(marketingEventId, milestoneId, cancellationToken);
        await manager.UpdateAsync(marketingEvent, milestone, input.Name, input.Date!.Value, input.IsKeyDate, cancellationToken);
        await milestones.UpdateAsync(milestone, input.ConcurrencyStamp, cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return ToDto(milestone);
    }

    public async Task DeleteAsync(Guid marketingEventId, Guid milestoneId, CancellationToken cancellationToken = default)
    {
        var (marketingEvent, milestone) = await GetMilestoneAsync(marketingEventId, milestoneId, cancellationToken);
        EventMilestoneManager.EnsureDeletable(marketingEvent);
        await milestones.DeleteAsync(milestone, cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
    }

    private static EventMilestoneDto ToDto(EventMilestone m) => new(m.Id, m.MarketingEventId, m.Name, m.Date, m.IsKeyDate, m.CreationTime, m.ConcurrencyStamp);

    private async Task<(MarketingEvent Event, EventMilestone Milestone)> GetMilestoneAsync(Guid marketingEventId, Guid milestoneId, CancellationToken cancellationToken)
    {
        var marketingEvent = await events.GetAsync(marketingEventId, cancellationToken);
        var milestone = await milestones.FindAsync(milestoneId, cancellationToken);
        return milestone is not null && milestone.MarketingEventId == marketingEvent.Id
            ? (marketingEvent, milestone)
            : throw new EntityNotFoundException(typeof(EventMilestone), milestoneId);
    }
}
