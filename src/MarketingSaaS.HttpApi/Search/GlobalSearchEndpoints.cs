using MarketingSaaS.Framework.AspNetCore.Authorization;
using MarketingSaaS.Framework.Search;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;

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

    private static async Task<Ok<List<GlobalSearchResultDto>>> SearchAsync(
        [AsParameters] GlobalSearchInput input, IGlobalSearch search, IStringLocalizer localizer, CancellationToken ct)
    {
        var results = await search.SearchAsync(new SearchQuery(input.Q.Trim(), input.Max ?? 8), ct);
        return TypedResults.Ok(results
            .Select(r => new GlobalSearchResultDto(r.Kind, localizer[$"SearchKind:{r.Kind}"], r.Id, r.Title, r.Subtitle, r.Url))
            .ToList());
    }
}
