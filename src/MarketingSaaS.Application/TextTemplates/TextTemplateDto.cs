namespace MarketingSaaS.TextTemplates;

/// <param name="OverriddenCultures">The cultures in which the company has its own text.</param>
public sealed record TextTemplateDto(string Name, string DisplayName, bool IsLayout, string? Layout, IReadOnlyList<string> OverriddenCultures);
