using MarketingSaaS.Events.Plans;

namespace MarketingSaaS.Events.EventTemplates;

public sealed record EventTemplateRiskDto(Guid Id, string Description, RiskLevel Likelihood, RiskLevel Impact, string? ContingencyPlan);
