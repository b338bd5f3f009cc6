namespace MarketingSaaS.Events.Reviews;

public sealed record EventReviewDraft(string GoalAttainment, string ResourceEfficiency, string? Feedback, IReadOnlyList<EventImprovementItemDraft> Improvements);
