namespace MarketingSaaS.Framework.Search;

/// <param name="Kind">What was found, prefixed by its module ("Events.MarketingEvent"); display name: the text <c>SearchKind:&lt;Kind&gt;</c>.</param>
/// <param name="Url">The portal path that opens it ("/events/{id}").</param>
public sealed record SearchResult(string Kind, Guid Id, string Title, string? Subtitle, string Url);
