using MarketingSaaS.Approvals;
using MarketingSaaS.Budgets;
using MarketingSaaS.Framework.ExceptionHandling;
using MarketingSaaS.Framework.Settings;
using MarketingSaaS.Settings;

namespace MarketingSaaS.Events.MarketingEvents;

/// <summary>
/// The event's side of the platform's approval engine: submits an event (total budget, risk tier, special flag,
/// owner unit, budget category so the approval commits the budget) and tells the engine when an approved or
/// pending event's total changes (the engine re-routes). Outcomes come back through
/// <see cref="MarketingEventApprovalOutcomeHandler"/>.
/// </summary>
public sealed class MarketingEventApprovals(
    IApprovalRequestService requests,
    ISettingProvider settings)
{
    public async Task SubmitAsync(MarketingEvent marketingEvent, Guid userId, CancellationToken cancellationToken = default)
    {
        marketingEvent.EnsureEditable();
        var total = marketingEvent.TotalBudget;
        var currency = marketingEvent.BudgetLines.FirstOrDefault()?.Currency
            ?? await settings.GetOrNullAsync(MarketingSaaSSettings.Currency, cancellationToken) ?? "CNY";
        var draft = new ApprovalRequestDraft(
            MarketingEventConsts.ApprovalBusinessType,
            new ApprovalSubject(MarketingEventConsts.ApprovalSubjectModule, marketingEvent.Id.ToString()),
            marketingEvent.Name,
            total,
            currency,
            marketingEvent.RiskTier,
            marketingEvent.IsSpecial,
            marketingEvent.OwnerUnitId)
        {
            Budget = total > 0 ? new ApprovalBudgetContext(marketingEvent.OwnerUnitId, BudgetCategoryOf(marketingEvent.Type)) : null,
        };
        var request = await requests.SubmitAsync(draft, userId, cancellationToken);
        marketingEvent.MarkSubmitted(request.Id);
    }

    public async Task ChangeBudgetAsync(MarketingEvent marketingEvent, IReadOnlyList<EventBudgetLineDraft> budgetLines, Guid userId, string? comment, CancellationToken cancellationToken = default)
    {
        var requestId = marketingEvent.ApprovalRequestId ?? throw new InvalidOperationException("A submitted event has an approval request.");
        var request = await requests.GetAsync(requestId, cancellationToken);
        if (budgetLines.Count > 0 && budgetLines[0].Currency != request.Currency)
        {
            throw new FieldValidationException("budgetLines[0].currency", EventsErrorCodes.BudgetCurrencyMismatch);
        }

        marketingEvent.SetBudgetLines(budgetLines);
        if (marketingEvent.TotalBudget != request.Amount)
        {
            await requests.ChangeAmountAsync(request.Id, marketingEvent.TotalBudget, userId, comment, cancellationToken);
        }
    }

    /// <summary>Advertising is paid from the advertising budget, every other event from promotion and events.</summary>
    public static BudgetCategory BudgetCategoryOf(MarketingEventType type) =>
        type == MarketingEventType.Advertising ? BudgetCategory.Advertising : BudgetCategory.PromotionEvents;
}
