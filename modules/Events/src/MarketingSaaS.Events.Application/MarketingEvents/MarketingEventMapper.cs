namespace MarketingSaaS.Events.MarketingEvents;

internal static class MarketingEventMapper
{
    public static MarketingEventDto ToDto(this MarketingEvent e) => new(
        e.Id, e.Name, e.Type, e.IsSpecial, e.RiskTier, e.Goal, e.Theme, e.TargetAudience, e.Description, e.StartTime, e.EndTime,
        e.Place, e.OnlineLink, e.OwnerUnitId,
        new EventValueCanvasDto { WhyCome = e.ValueCanvas.WhyCome, TakeAway = e.ValueCanvas.TakeAway, WillShare = e.ValueCanvas.WillShare },
        [.. e.BudgetLines.OrderBy(l => l.SortOrder).Select(l => new EventBudgetLineDto(l.Id, l.Category, l.Amount, l.Currency))],
        e.TotalBudget, e.Status, e.ApprovalRequestId, e.CreationTime, e.ConcurrencyStamp);

    public static MarketingEventDraft ToDraft(this CreateMarketingEventDto input) => new(
        input.Name, input.Type, input.IsSpecial, input.RiskTier, input.Goal, input.Theme, input.TargetAudience,
        input.StartTime!.Value, input.EndTime!.Value, input.Place, input.OnlineLink, input.OwnerUnitId!.Value,
        new EventValueCanvas(input.ValueCanvas?.WhyCome, input.ValueCanvas?.TakeAway, input.ValueCanvas?.WillShare),
        input.Description);

    public static List<EventBudgetLineDraft> ToDrafts(this IEnumerable<EventBudgetLineInput> lines) =>
        [.. lines.Select(l => new EventBudgetLineDraft(l.Category.Trim(), l.Amount, l.Currency.Trim().ToUpperInvariant()))];
}
