using MarketingSaaS.Events.Plans;

namespace MarketingSaaS.Events.EventTemplates;

public sealed record EventTemplateTaskDraft(string Name, int StartDayOffset, int EndDayOffset, IReadOnlyList<RaciAssignmentDraft> Raci);
