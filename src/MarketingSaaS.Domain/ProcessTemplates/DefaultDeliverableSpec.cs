namespace MarketingSaaS.ProcessTemplates;

/// <param name="DocumentTemplate">The text template of the document's skeleton, e.g. Documents.MarketResearchPlan.</param>
public sealed record DefaultDeliverableSpec(string Zh, string En, bool IsRequired = true, string? DocumentTemplate = null);
