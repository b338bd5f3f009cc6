using MarketingSaaS.Events.MarketingEvents;
using MarketingSaaS.Framework.Domain.Entities;
using MarketingSaaS.Framework.Uow;
using MarketingSaaS.Identity;

namespace MarketingSaaS.Events.Plans;

public sealed class EventRiskAppService(
    IMarketingEventRepository events,
    IEventRiskRepository risks,
    EventRiskManager manager,
    IUserLookup users,
    IUnitOfWork unitOfWork) : IEventRiskAppService
{
    public async Task<IReadOnlyList<EventRiskDto>> GetListAsync(Guid marketingEventId, CancellationToken cancellationToken = default)
    {
        await events.GetAsync(marketingEventId, cancellationToken);
        var list = await risks.GetListByEventAsync(marketingEventId, cancellationToken);
        var names = await users.GetNamesAsync(list.Select(r => r.OwnerUserId).Distinct(), cancellationToken);
        return [.. list.Select(r => ToDto(r, names))];
    }

    public async Task<EventRiskDto> CreateAsync(Guid marketingEventId, CreateEventRiskDto input, CancellationToken cancellationToken = default)
    {
        var marketingEvent = await events.GetAsync(marketingEventId, cancellationToken);
        var risk = await manager.CreateAsync(marketingEvent, ToDraft(input), cancellationToken);
        await risks.InsertAsync(risk, cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return await ToDtoAsync(risk, cancellationToken);
    }

    public async Task<EventRiskDto> UpdateAsync(Guid marketingEventId, Guid riskId, UpdateEventRiskDto input, CancellationToken cancellationToken = default)
    {
        var (marketingEvent, risk) = await GetRiskAsync(marketingEventId, riskId, cancellationToken);
        await manager.UpdateAsync(marketingEvent, risk, ToDraft(input), cancellationToken);
        await risks.UpdateAsync(risk, input.ConcurrencyStamp, cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return await ToDtoAsync(risk, cancellationToken);
    }

    public async Task DeleteAsync(Guid marketingEventId, Guid riskId, CancellationToken cancellationToken = default)
    {
        var (marketingEvent, risk) = await GetRiskAsync(marketingEventId, riskId, cancellationToken);
        EventRiskManager.EnsureDeletable(marketingEvent);
        await risks.DeleteAsync(risk, cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
    }

    private static EventRiskDraft ToDraft(CreateEventRiskDto input) =>
        new(input.Description, input.Likelihood, input.Impact, input.ContingencyPlan, input.OwnerUserId!.Value, input.Status);

    private async Task<EventRiskDto> ToDtoAsync(EventRisk risk, CancellationToken cancellationToken) =>
        ToDto(risk, await users.GetNamesAsync([risk.OwnerUserId], cancellationToken));

    private static EventRiskDto ToDto(EventRisk r, IReadOnlyDictionary<Guid, string> names) => new(
        r.Id, r.MarketingEventId, r.Description, r.Likelihood, r.Impact, r.ContingencyPlan, r.OwnerUserId, names.GetValueOrDefault(r.OwnerUserId), r.Status, r.CreationTime, r.ConcurrencyStamp);

    private async Task<(MarketingEvent Event, EventRisk Risk)> GetRiskAsync(Guid marketingEventId, Guid riskId, CancellationToken cancellationToken)
    {
        var marketingEvent = await events.GetAsync(marketingEventId, cancellationToken);
        var risk = await risks.FindAsync(riskId, cancellationToken);
        return risk is not null && risk.MarketingEventId == marketingEvent.Id
            ? (marketingEvent, risk)
            : throw new EntityNotFoundException(typeof(EventRisk), riskId);
    }
}
