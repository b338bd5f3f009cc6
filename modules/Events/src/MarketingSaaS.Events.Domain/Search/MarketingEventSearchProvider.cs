using MarketingSaaS.Events.MarketingEvents;
using MarketingSaaS.Framework.Search;
using Microsoft.Extensions.Localization;

namespace MarketingSaaS.Events.Search;

/// <summary>Events whose name contains the text, the latest start first; the subtitle is the status in the request's language.</summary>
public sealed class MarketingEventSearchProvider(IMarketingEventRepository events, IStringLocalizer localizer) : ISearchProvider
{
    public const string Kind = "Events.MarketingEvent";

    public string? RequiredFeature => EventsFeatures.Enable;

    public string RequiredPermission => EventsPermissions.MarketingEvents.Default;

    public async Task<IReadOnlyList<SearchResult>> SearchAsync(SearchQuery query, CancellationToken cancellationToken)
    {
        var pattern = query.Text.ToLowerInvariant();
        var found = await events.GetListAsync(e => e.Name.ToLower().Contains(pattern), cancellationToken);
        return [.. found.OrderByDescending(e => e.StartTime).Take(query.MaxResults)
            .Select(e => new SearchResult(Kind, e.Id, e.Name, localizer[$"Events:Status:{e.Status}"], $"/events/{e.Id}"))];
    }
}
