using MarketingSaaS.Events.MarketingEvents;
using MarketingSaaS.Framework.Domain.Entities;
using MarketingSaaS.Framework.Uow;

namespace MarketingSaaS.Events.Reviews;

public sealed class EventReviewAppService(
    IMarketingEventRepository events,
    IEventReviewRepository reviews,
    EventReviewManager manager,
    EventReviewDeadline deadline,
    IUnitOfWork unitOfWork) : IEventReviewAppService
{
    public async Task<EventReviewDto> GetAsync(Guid marketingEventId, CancellationToken cancellationToken = default)
    {
        var marketingEvent = await events.GetAsync(marketingEventId, cancellationToken);
        var review = await reviews.FindByEventAsync(marketingEventId, cancellationToken) ?? throw new EntityNotFoundException(typeof(EventReview), marketingEventId);
        return ToDto(marketingEvent, review, await deadline.GetDueDaysAsync(cancellationToken));
    }

    public async Task<EventReviewDto> SaveAsync(Guid marketingEventId, SaveEventReviewDto input, CancellationToken cancellationToken = default)
    {
        var marketingEvent = await events.GetAsync(marketingEventId, cancellationToken);
        var draft = new EventReviewDraft(
            input.GoalAttainment,
            input.ResourceEfficiency,
            input.Feedback,
            [.. input.Improvements.Select(i => new EventImprovementItemDraft(i.Description, i.OwnerUserId!.Value, i.DueDate!.Value))]);
        var review = await reviews.FindByEventAsync(marketingEventId, cancellationToken);
        if (review is null)
        {
            review = await manager.CreateAsync(marketingEvent, draft, cancellationToken);
            await reviews.InsertAsync(review, cancellationToken);
        }
        else
        {
            await manager.UpdateAsync(marketingEvent, review, draft, cancellationToken);
            await reviews.UpdateAsync(review, input.ConcurrencyStamp, cancellationToken);
        }

        await unitOfWork.SaveChangesAsync(cancellationToken);
        return ToDto(marketingEvent, review, await deadline.GetDueDaysAsync(cancellationToken));
    }

    private static EventReviewDto ToDto(MarketingEvent marketingEvent, EventReview r, int dueDays) => new(
        r.Id,
        r.MarketingEventId,
        r.GoalAttainment,
        r.ResourceEfficiency,
        r.Feedback,
        [.. r.Improvements.Select(i => new EventImprovementItemDto(i.Id, i.Description, i.OwnerUserId, i.DueDate))],
        EventReviewDeadline.DueTime(marketingEvent, dueDays),
        r.CreationTime,
        r.CreatorId,
        r.ConcurrencyStamp);
}
