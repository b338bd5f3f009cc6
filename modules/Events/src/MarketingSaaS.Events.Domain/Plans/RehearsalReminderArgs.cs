namespace MarketingSaaS.Events.Plans;

/// <summary>Runs the current tenant's rehearsal reminder check; no arguments.</summary>
public sealed record RehearsalReminderArgs;
