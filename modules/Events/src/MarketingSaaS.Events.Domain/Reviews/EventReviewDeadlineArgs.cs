namespace MarketingSaaS.Events.Reviews;

/// <summary>Runs the current tenant's review deadline check; no arguments.</summary>
public sealed record EventReviewDeadlineArgs;
