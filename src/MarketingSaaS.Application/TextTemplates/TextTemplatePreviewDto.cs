namespace MarketingSaaS.TextTemplates;

public sealed record TextTemplatePreviewDto(string Name, string Culture, string Output);
