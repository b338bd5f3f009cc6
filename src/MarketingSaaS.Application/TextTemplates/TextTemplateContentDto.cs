namespace MarketingSaaS.TextTemplates;

/// <param name="Content">The text in use: the company's override, else the default.</param>
public sealed record TextTemplateContentDto(string Name, string Culture, string DefaultContent, string Content, bool IsOverridden);
