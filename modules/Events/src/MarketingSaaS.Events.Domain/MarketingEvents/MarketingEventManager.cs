using MarketingSaaS.Approvals;
using MarketingSaaS.Framework.Domain.Entities;
using MarketingSaaS.Framework.ExceptionHandling;
using MarketingSaaS.OrganizationUnits;

namespace MarketingSaaS.Events.MarketingEvents;

/// <summary>Creates and changes events with the checks that need other aggregates (owner unit), and runs their life cycle.</summary>
public sealed class MarketingEventManager(
    IOrganizationUnitLookup units,
    MarketingEventApprovals approvals,
    IEnumerable<IEventCloseCheck> closeChecks,
    TimeProvider clock)
{
    public async Task<MarketingEvent> CreateAsync(MarketingEventDraft draft, IReadOnlyList<EventBudgetLineDraft> budgetLines, CancellationToken cancellationToken = default)
    {
        draft = await CheckAsync(draft, cancellationToken);
        MarketingEventBudgetRules.Check(budgetLines);
        var marketingEvent = new MarketingEvent(SequentialGuid.Create(), draft);
        marketingEvent.SetBudgetLines(budgetLines);
        return marketingEvent;
    }

    public async Task UpdateAsync(MarketingEvent marketingEvent, MarketingEventDraft draft, IReadOnlyList<EventBudgetLineDraft> budgetLines, CancellationToken cancellationToken = default)
    {
        marketingEvent.EnsureEditable();
        draft = await CheckAsync(draft, cancellationToken);
        MarketingEventBudgetRules.Check(budgetLines);
        marketingEvent.Update(draft);
        marketingEvent.SetBudgetLines(budgetLines);
    }

    /// <summary>
    /// New budget lines. Editable events just take them; once submitted (pending or approved) a changed total
    /// goes to the approval engine, which re-routes the request (an approved event waits for approval again).
    /// </summary>
    public async Task ChangeBudgetAsync(MarketingEvent marketingEvent, IReadOnlyList<EventBudgetLineDraft> budgetLines, Guid userId, string? comment, CancellationToken cancellationToken = default)
    {
        MarketingEventBudgetRules.Check(budgetLines);
        if (marketingEvent.IsEditable)
        {
            marketingEvent.SetBudgetLines(budgetLines);
            return;
        }

        if (marketingEvent.Status is not (MarketingEventStatus.PendingApproval or MarketingEventStatus.Approved))
        {
            throw new BusinessException(EventsErrorCodes.BudgetNotChangeable, new Dictionary<string, object?> { ["status"] = marketingEvent.Status });
        }

        await approvals.ChangeBudgetAsync(marketingEvent, budgetLines, userId, comment, cancellationToken);
    }

    public Task SubmitAsync(MarketingEvent marketingEvent, Guid userId, CancellationToken cancellationToken = default) =>
        approvals.SubmitAsync(marketingEvent, userId, cancellationToken);

    public void Start(MarketingEvent marketingEvent) => marketingEvent.Start();

    public void Complete(MarketingEvent marketingEvent) => marketingEvent.Complete(clock.GetUtcNow());

    public async Task CloseAsync(MarketingEvent marketingEvent, CancellationToken cancellationToken = default)
    {
        if (marketingEvent.Status == MarketingEventStatus.Completed)
        {
            foreach (var check in closeChecks)
            {
                await check.CheckAsync(marketingEvent, cancellationToken);
            }
        }

        marketingEvent.Close();
    }

    public void EnsureDeletable(MarketingEvent marketingEvent) => marketingEvent.EnsureEditable();

    private async Task<MarketingEventDraft> CheckAsync(MarketingEventDraft draft, CancellationToken cancellationToken)
    {
        if (draft.EndTime <= draft.StartTime)
        {
            throw new FieldValidationException("endTime", EventsErrorCodes.InvalidSchedule);
        }

        var place = Normalize(draft.Place);
        var link = Normalize(draft.OnlineLink);
        if (place is null && link is null)
        {
            throw new FieldValidationException(draft.Type == MarketingEventType.OnlineLiveStream ? "onlineLink" : "place", EventsErrorCodes.PlaceOrLinkRequired);
        }

        if (link is not null && !(Uri.TryCreate(link, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http"))
        {
            throw new FieldValidationException("onlineLink", EventsErrorCodes.InvalidOnlineLink);
        }

        if (!await units.ExistsAsync(draft.OwnerUnitId, cancellationToken))
        {
            throw new FieldValidationException("ownerUnitId", EventsErrorCodes.UnknownOwnerUnit);
        }

        return draft with
        {
            Name = draft.Name.Trim(),
            Goal = Normalize(draft.Goal),
            Theme = Normalize(draft.Theme),
            TargetAudience = Normalize(draft.TargetAudience),
            Description = Normalize(draft.Description),
            StartTime = draft.StartTime.ToUniversalTime(),
            EndTime = draft.EndTime.ToUniversalTime(),
            Place = place,
            OnlineLink = link,
            ValueCanvas = new EventValueCanvas(Normalize(draft.ValueCanvas.WhyCome), Normalize(draft.ValueCanvas.TakeAway), Normalize(draft.ValueCanvas.WillShare)),
        };
    }

    private static string? Normalize(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
