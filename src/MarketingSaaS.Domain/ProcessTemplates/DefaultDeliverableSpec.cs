namespace MarketingSaaS.ProcessTemplates;

public sealed record DefaultDeliverableSpec(string Zh, string En, bool IsRequired = true);
