using MarketingSaaS.Events.Plans;

namespace MarketingSaaS.Events.EventTemplates;

public sealed record EventTemplateRiskDraft(string Description, RiskLevel Likelihood, RiskLevel Impact, string? ContingencyPlan);
