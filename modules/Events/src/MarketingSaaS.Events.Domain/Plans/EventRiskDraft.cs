namespace MarketingSaaS.Events.Plans;

public sealed record EventRiskDraft(string Description, RiskLevel Likelihood, RiskLevel Impact, string? ContingencyPlan, Guid OwnerUserId, EventRiskStatus Status);
