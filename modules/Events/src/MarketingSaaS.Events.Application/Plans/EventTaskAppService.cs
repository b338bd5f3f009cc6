using MarketingSaaS.Events.MarketingEvents;
using MarketingSaaS.Framework.Authorization;
using MarketingSaaS.Framework.Domain.Entities;
using MarketingSaaS.Framework.Uow;
using MarketingSaaS.Framework.Users;

namespace MarketingSaaS.Events.Plans;

public sealed class EventTaskAppService(
    IMarketingEventRepository events,
    IEventTaskRepository tasks,
    EventTaskManager manager,
    RaciNameResolver names,
    IPermissionChecker permissions,
    ICurrentUser currentUser,
    IUnitOfWork unitOfWork) : IEventTaskAppService
{
    public async Task<IReadOnlyList<EventTaskDto>> GetListAsync(Guid marketingEventId, CancellationToken cancellationToken = default)
    {
        await events.GetAsync(marketingEventId, cancellationToken);
        var list = await tasks.GetListByEventAsync(marketingEventId, cancellationToken);
        var nameOf = await names.ResolveAsync(list, cancellationToken);
        return [.. list.Select(t => ToDto(t, nameOf))];
    }

    public async Task<EventTaskDto> GetAsync(Guid marketingEventId, Guid taskId, CancellationToken cancellationToken = default)
    {
        var (_, task) = await GetTaskAsync(marketingEventId, taskId, cancellationToken);
        return await ToDtoAsync(task, cancellationToken);
    }

    public async Task<EventTaskDto> CreateAsync(Guid marketingEventId, CreateEventTaskDto input, CancellationToken cancellationToken = default)
    {
        var marketingEvent = await events.GetAsync(marketingEventId, cancellationToken);
        var task = await manager.CreateAsync(marketingEvent, ToDraft(input), cancellationToken);
        await tasks.InsertAsync(task, cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return await ToDtoAsync(task, cancellationToken);
    }

    public async Task<EventTaskDto> UpdateAsync(Guid marketingEventId, Guid taskId, UpdateEventTaskDto input, CancellationToken cancellationToken = default)
    {
        var (marketingEvent, task) = await GetTaskAsync(marketingEventId, taskId, cancellationToken);
        await manager.UpdateAsync(marketingEvent, task, ToDraft(input), cancellationToken);
        await tasks.UpdateAsync(task, input.ConcurrencyStamp, cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return await ToDtoAsync(task, cancellationToken);
    }

    public async Task<EventTaskDto> SetProgressAsync(Guid marketingEventId, Guid taskId, SetEventTaskProgressDto input, CancellationToken cancellationToken = default)
    {
        var (marketingEvent, task) = await GetTaskAsync(marketingEventId, taskId, cancellationToken);
        var canManage = await permissions.IsGrantedAsync(EventsPermissions.MarketingEvents.Manage, cancellationToken);
        await manager.SetProgressAsync(marketingEvent, task, input.ProgressPercent, currentUser.Id ?? Guid.Empty, canManage, cancellationToken);
        await tasks.UpdateAsync(task, input.ConcurrencyStamp, cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return await ToDtoAsync(task, cancellationToken);
    }

    public async Task DeleteAsync(Guid marketingEventId, Guid taskId, CancellationToken cancellationToken = default)
    {
        var (marketingEvent, task) = await GetTaskAsync(marketingEventId, taskId, cancellationToken);
        EventTaskManager.EnsureDeletable(marketingEvent);
        await tasks.DeleteAsync(task, cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
    }

    private static EventTaskDraft ToDraft(CreateEventTaskDto input) => new(
        input.Name,
        input.StartDate!.Value,
        input.EndDate!.Value,
        [.. input.Raci.Select(r => new RaciAssignmentDraft(r.Role, r.Kind, r.PartyId!.Value))]);

    private async Task<EventTaskDto> ToDtoAsync(EventTask task, CancellationToken cancellationToken) =>
        ToDto(task, await names.ResolveAsync([task], cancellationToken));

    private static EventTaskDto ToDto(EventTask t, Func<EventTaskAssignment, string?> nameOf) => new(
        t.Id,
        t.MarketingEventId,
        t.Name,
        t.StartDate,
        t.EndDate,
        t.ProgressPercent,
        [.. t.Raci.OrderBy(r => r.Role).Select(r => new RaciEntryDto(r.Role, r.Kind, r.PartyId, nameOf(r)))],
        t.CreationTime,
        t.ConcurrencyStamp);

    private async Task<(MarketingEvent Event, EventTask Task)> GetTaskAsync(Guid marketingEventId, Guid taskId, CancellationToken cancellationToken)
    {
        var marketingEvent = await events.GetAsync(marketingEventId, cancellationToken);
        var task = await tasks.FindAsync(taskId, cancellationToken);
        return task is not null && task.MarketingEventId == marketingEvent.Id
            ? (marketingEvent, task)
            : throw new EntityNotFoundException(typeof(EventTask), taskId);
    }
}
