using MarketingSaaS.Events.MarketingEvents;
using MarketingSaaS.Events.Plans;

namespace MarketingSaaS.Events.EventTemplates;

internal static class EventTemplateMapper
{
    /// <param name="nameOf">The display name of a RACI party (null when it no longer exists).</param>
    public static EventTemplateDto ToDto(this EventTemplate t, Func<RaciPartyKind, Guid, string?> nameOf) => new(
        t.Id, t.Name, t.Description, t.SourceEventId, t.Type, t.IsSpecial, t.RiskTier, t.Goal, t.Theme, t.TargetAudience,
        t.Place, t.OnlineLink, t.OwnerUnitId,
        new EventValueCanvasDto { WhyCome = t.ValueCanvas.WhyCome, TakeAway = t.ValueCanvas.TakeAway, WillShare = t.ValueCanvas.WillShare },
        [.. t.BudgetLines.OrderBy(l => l.SortOrder).Select(l => new EventBudgetLineDto(l.Id, l.Category, l.Amount, l.Currency))],
        t.TotalBudget, t.CreationTime, t.ConcurrencyStamp,
        [.. t.Tasks.Select(task => new EventTemplateTaskDto(task.Id, task.Name, task.StartDayOffset, task.EndDayOffset,
            [.. task.Raci.OrderBy(r => r.Role).Select(r => new RaciEntryDto(r.Role, r.Kind, r.PartyId, nameOf(r.Kind, r.PartyId)))]))],
        [.. t.Milestones.Select(m => new EventTemplateMilestoneDto(m.Id, m.Name, (long)m.OffsetFromStart.TotalSeconds, m.DayOffset, m.IsKeyDate))],
        [.. t.Risks.Select(r => new EventTemplateRiskDto(r.Id, r.Description, r.Likelihood, r.Impact, r.ContingencyPlan))]);

    public static IEnumerable<RaciAssignmentDraft> RaciParties(this IEnumerable<EventTemplate> templates) =>
        templates.SelectMany(t => t.Tasks).SelectMany(task => task.Raci).Select(r => r.ToDraft());
}
