using MarketingSaaS.Framework.Authorization;
using MarketingSaaS.Framework.Features;

namespace MarketingSaaS.Framework.Search;

/// <summary>Asks each provider the user may use, one after the other (they share the request's DbContexts).</summary>
public sealed class GlobalSearch(IEnumerable<ISearchProvider> providers, IFeatureChecker features, IPermissionChecker permissions) : IGlobalSearch
{
    public async Task<IReadOnlyList<SearchResult>> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default)
    {
        var results = new List<SearchResult>();
        foreach (var provider in providers)
        {
            if ((provider.RequiredFeature is null || await features.IsEnabledAsync(provider.RequiredFeature, cancellationToken))
                && (provider.RequiredPermission is null || await permissions.IsGrantedAsync(provider.RequiredPermission, cancellationToken)))
            {
                results.AddRange((await provider.SearchAsync(query, cancellationToken)).Take(query.MaxResults));
            }
        }

        return results;
    }
}
