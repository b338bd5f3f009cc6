namespace MarketingSaaS.Editions;

/// <summary>One defined feature: its default and the edition's own value (null: the default applies).</summary>
public sealed record EditionFeatureDto(string Name, string DefaultValue, string? Value);
