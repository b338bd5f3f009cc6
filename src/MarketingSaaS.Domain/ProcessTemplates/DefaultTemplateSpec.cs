namespace MarketingSaaS.ProcessTemplates;

public sealed record DefaultTemplateSpec(string Code, string Zh, string En, string CategoryZh, string CategoryEn, DefaultStepSpec[] Steps);
