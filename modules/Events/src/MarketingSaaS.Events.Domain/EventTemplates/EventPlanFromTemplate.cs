using MarketingSaaS.Events.Plans;

namespace MarketingSaaS.Events.EventTemplates;

/// <summary>The plan items of a new event laid out from a template; the caller inserts them with the event.</summary>
public sealed record EventPlanFromTemplate(IReadOnlyList<EventTask> Tasks, IReadOnlyList<EventMilestone> Milestones, IReadOnlyList<EventRisk> Risks);
