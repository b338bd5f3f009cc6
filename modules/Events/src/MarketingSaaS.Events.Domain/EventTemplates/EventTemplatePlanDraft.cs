namespace MarketingSaaS.Events.EventTemplates;

/// <summary>The source event's plan made relative to its start, in the order the template keeps it.</summary>
public sealed record EventTemplatePlanDraft(
    IReadOnlyList<EventTemplateTaskDraft> Tasks,
    IReadOnlyList<EventTemplateMilestoneDraft> Milestones,
    IReadOnlyList<EventTemplateRiskDraft> Risks);
