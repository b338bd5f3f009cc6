using MarketingSaaS.Events.MarketingEvents;
using MarketingSaaS.Framework.ExceptionHandling;

namespace MarketingSaaS.Events.Reviews;

/// <summary>An event is closed only after its review (复盘) is written.</summary>
public sealed class ReviewCloseCheck(IEventReviewRepository reviews) : IEventCloseCheck
{
    public async Task CheckAsync(MarketingEvent marketingEvent, CancellationToken cancellationToken = default)
    {
        if (await reviews.FindByEventAsync(marketingEvent.Id, cancellationToken) is null)
        {
            throw new BusinessException(EventReviewErrorCodes.NoReview);
        }
    }
}
