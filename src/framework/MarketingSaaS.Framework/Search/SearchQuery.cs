namespace MarketingSaaS.Framework.Search;

/// <param name="Text">What the user typed, trimmed.</param>
/// <param name="MaxResults">At most this many results per provider.</param>
public sealed record SearchQuery(string Text, int MaxResults);
