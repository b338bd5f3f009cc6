namespace MarketingSaaS.Search;

/// <param name="Kind">What was found, prefixed by its module ("Events.MarketingEvent").</param>
/// <param name="KindName">The kind's display name in the request's language (the text <c>SearchKind:&lt;Kind&gt;</c>).</param>
/// <param name="Url">The portal path that opens it.</param>
public sealed record GlobalSearchResultDto(string Kind, string KindName, Guid Id, string Title, string? Subtitle, string Url);
