using MarketingSaaS.Framework.AspNetCore.Authorization;
using MarketingSaaS.Framework.Search;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace MarketingSaaS.Search;

/// <summary>The portal's global search box: results of every module the company has on and the user may see.</summary>
public static class GlobalSearchEndpoints
{
    public static IEndpointRouteBuilder MapGlobalSearchApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGroup("/api/search").WithTags("Search")
            .MapGet("/", SearchAsync)
            .RequireSignedIn();
        return endpoints;
    }

    private static async Task<Ok<IReadOnlyList<SearchResult>>> SearchAsync([AsParameters] GlobalSearchInput input, IGlobalSearch search, CancellationToken ct) =>
        TypedResults.Ok(await search.SearchAsync(new SearchQuery(input.Q.Trim(), input.Max ?? 8), ct));
}
