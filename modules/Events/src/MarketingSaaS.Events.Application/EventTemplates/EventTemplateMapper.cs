using MarketingSaaS.Events.MarketingEvents;

namespace MarketingSaaS.Events.EventTemplates;

internal static class EventTemplateMapper
{
    public static EventTemplateDto ToDto(this EventTemplate t) => new(
        t.Id, t.Name, t.Description, t.SourceEventId, t.Type, t.IsSpecial, t.RiskTier, t.Goal, t.Theme, t.TargetAudience,
        t.Place, t.OnlineLink, t.OwnerUnitId,
        new EventValueCanvasDto { WhyCome = t.ValueCanvas.WhyCome, TakeAway = t.ValueCanvas.TakeAway, WillShare = t.ValueCanvas.WillShare },
        [.. t.BudgetLines.OrderBy(l => l.SortOrder).Select(l => new EventBudgetLineDto(l.Id, l.Category, l.Amount, l.Currency))],
        t.TotalBudget, t.CreationTime, t.ConcurrencyStamp);
}
