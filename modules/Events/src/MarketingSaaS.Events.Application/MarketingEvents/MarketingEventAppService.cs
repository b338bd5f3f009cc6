using MarketingSaaS.Dtos;
using MarketingSaaS.Framework.ExceptionHandling;
using MarketingSaaS.Framework.Uow;
using MarketingSaaS.Framework.Users;

namespace MarketingSaaS.Events.MarketingEvents;

public sealed class MarketingEventAppService(
    IMarketingEventRepository events,
    MarketingEventManager manager,
    ICurrentUser currentUser,
    IUnitOfWork unitOfWork) : IMarketingEventAppService
{
    private Guid UserId => currentUser.Id!.Value;

    public async Task<PagedResultDto<MarketingEventDto>> GetListAsync(GetMarketingEventListInput input, CancellationToken cancellationToken = default)
    {
        var (total, items) = await events.GetPagedListAsync(input.Filter, input.Status, input.Type, input.SkipCount, input.MaxResultCount, cancellationToken);
        return new PagedResultDto<MarketingEventDto>(total, [.. items.Select(e => e.ToDto())]);
    }

    public async Task<MarketingEventDto> GetAsync(Guid id, CancellationToken cancellationToken = default) =>
        (await events.GetAsync(id, cancellationToken)).ToDto();

    public async Task<MarketingEventDto> CreateAsync(CreateMarketingEventDto input, CancellationToken cancellationToken = default)
    {
        var marketingEvent = await manager.CreateAsync(input.ToDraft(), input.BudgetLines.ToDrafts(), cancellationToken);
        await events.InsertAsync(marketingEvent, cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return marketingEvent.ToDto();
    }

    public async Task<MarketingEventDto> UpdateAsync(Guid id, UpdateMarketingEventDto input, CancellationToken cancellationToken = default)
    {
        var marketingEvent = await events.GetAsync(id, cancellationToken);
        await manager.UpdateAsync(marketingEvent, input.ToDraft(), input.BudgetLines.ToDrafts(), cancellationToken);
        return await SaveAsync(marketingEvent, input.ConcurrencyStamp, cancellationToken);
    }

    public async Task DeleteAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var marketingEvent = await events.GetAsync(id, cancellationToken);
        manager.EnsureDeletable(marketingEvent);
        await events.DeleteAsync(marketingEvent, cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
    }

    public async Task<MarketingEventDto> ChangeBudgetAsync(Guid id, ChangeEventBudgetDto input, CancellationToken cancellationToken = default)
    {
        var marketingEvent = await events.GetAsync(id, cancellationToken);
        await manager.ChangeBudgetAsync(marketingEvent, input.BudgetLines.ToDrafts(), UserId, input.Comment, cancellationToken);
        return await SaveAsync(marketingEvent, input.ConcurrencyStamp, cancellationToken);
    }

    public Task<MarketingEventDto> SubmitAsync(Guid id, MarketingEventActionDto input, CancellationToken cancellationToken = default) =>
        ActAsync(id, input, (e, ct) => manager.SubmitAsync(e, UserId, ct), cancellationToken);

    public Task<MarketingEventDto> StartAsync(Guid id, MarketingEventActionDto input, CancellationToken cancellationToken = default) =>
        ActAsync(id, input, (e, _) => Run(() => manager.Start(e)), cancellationToken);

    public Task<MarketingEventDto> CompleteAsync(Guid id, MarketingEventActionDto input, CancellationToken cancellationToken = default) =>
        ActAsync(id, input, (e, _) => Run(() => manager.Complete(e)), cancellationToken);

    public Task<MarketingEventDto> CloseAsync(Guid id, MarketingEventActionDto input, CancellationToken cancellationToken = default) =>
        ActAsync(id, input, manager.CloseAsync, cancellationToken);

    private async Task<MarketingEventDto> ActAsync(Guid id, MarketingEventActionDto input, Func<MarketingEvent, CancellationToken, Task> action, CancellationToken cancellationToken)
    {
        var marketingEvent = await events.GetAsync(id, cancellationToken);
        if (input.ConcurrencyStamp is { } stamp && stamp != marketingEvent.ConcurrencyStamp)
        {
            // Before acting: a stale screen must not submit an approval request or start an event.
            throw new ConcurrencyException(new InvalidOperationException($"MarketingEvent {id} has changed since it was read."));
        }

        await action(marketingEvent, cancellationToken);
        return await SaveAsync(marketingEvent, input.ConcurrencyStamp, cancellationToken);
    }

    private async Task<MarketingEventDto> SaveAsync(MarketingEvent marketingEvent, string? expectedConcurrencyStamp, CancellationToken cancellationToken)
    {
        await events.UpdateAsync(marketingEvent, expectedConcurrencyStamp, cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return marketingEvent.ToDto();
    }

    private static Task Run(Action action)
    {
        action();
        return Task.CompletedTask;
    }
}
