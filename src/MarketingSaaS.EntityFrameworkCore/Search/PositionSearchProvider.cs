using MarketingSaaS.Framework.EntityFrameworkCore.DbContexts;
using MarketingSaaS.Framework.Search;
using MarketingSaaS.Permissions;
using Microsoft.EntityFrameworkCore;

namespace MarketingSaaS.EntityFrameworkCore.Search;

/// <summary>Positions by part of their name, in any case.</summary>
internal sealed class PositionSearchProvider(IDbContextProvider<PlatformDbContext> contextProvider) : ISearchProvider
{
    public const string Kind = "OrgChart.Position";

    public string? RequiredFeature => null;

    public string RequiredPermission => MarketingSaaSPermissions.Positions.Default;

    public async Task<IReadOnlyList<SearchResult>> SearchAsync(SearchQuery query, CancellationToken cancellationToken)
    {
        var upper = query.Text.ToUpperInvariant();
        var context = await contextProvider.GetDbContextAsync(cancellationToken);
        var positions = await context.Positions.AsNoTracking()
            .Where(p => p.Name.ToUpper().Contains(upper))
            .OrderBy(p => p.Name).ThenBy(p => p.Id)
            .Take(query.MaxResults)
            .Select(p => new { p.Id, p.Name })
            .ToListAsync(cancellationToken);
        return [.. positions.Select(p => new SearchResult(Kind, p.Id, p.Name, null, $"/org?position={p.Id}"))];
    }
}
