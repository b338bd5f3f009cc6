using MarketingSaaS.Events.MarketingEvents;
using MarketingSaaS.Framework.Domain.Entities;
using MarketingSaaS.Framework.ExceptionHandling;
using MarketingSaaS.Identity;

namespace MarketingSaaS.Events.Reviews;

/// <summary>Writes an event's review once the event has ended (in execution past its end, or completed); owners of improvements must be users of the company.</summary>
public sealed class EventReviewManager(IUserLookup users, TimeProvider clock)
{
    public async Task<EventReview> CreateAsync(MarketingEvent marketingEvent, EventReviewDraft draft, CancellationToken cancellationToken = default)
    {
        EnsureOpen(marketingEvent);
        return new EventReview(SequentialGuid.Create(), marketingEvent.Id, await CheckAsync(draft, cancellationToken));
    }

    public async Task UpdateAsync(MarketingEvent marketingEvent, EventReview review, EventReviewDraft draft, CancellationToken cancellationToken = default)
    {
        EnsureOpen(marketingEvent);
        review.Apply(await CheckAsync(draft, cancellationToken));
    }

    private void EnsureOpen(MarketingEvent marketingEvent)
    {
        var ended = marketingEvent.Status == MarketingEventStatus.Completed
            || (marketingEvent.Status == MarketingEventStatus.InExecution && clock.GetUtcNow() >= marketingEvent.EndTime);
        if (!ended)
        {
            throw new BusinessException(EventReviewErrorCodes.ReviewNotOpen, new Dictionary<string, object?> { ["status"] = marketingEvent.Status });
        }
    }

    private async Task<EventReviewDraft> CheckAsync(EventReviewDraft draft, CancellationToken cancellationToken)
    {
        var existing = await users.FindExistingAsync(draft.Improvements.Select(i => i.OwnerUserId).Distinct(), cancellationToken);
        for (var i = 0; i < draft.Improvements.Count; i++)
        {
            if (!existing.Contains(draft.Improvements[i].OwnerUserId))
            {
                throw new FieldValidationException($"improvements[{i}].ownerUserId", EventReviewErrorCodes.UnknownImprovementOwner);
            }
        }

        return draft with
        {
            GoalAttainment = draft.GoalAttainment.Trim(),
            ResourceEfficiency = draft.ResourceEfficiency.Trim(),
            Feedback = string.IsNullOrWhiteSpace(draft.Feedback) ? null : draft.Feedback.Trim(),
            Improvements = [.. draft.Improvements.Select(i => i with { Description = i.Description.Trim() })],
        };
    }
}
