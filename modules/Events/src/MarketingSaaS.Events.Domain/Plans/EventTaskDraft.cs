namespace MarketingSaaS.Events.Plans;

public sealed record EventTaskDraft(string Name, DateOnly StartDate, DateOnly EndDate, IReadOnlyList<RaciAssignmentDraft> Raci);
