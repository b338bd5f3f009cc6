using MarketingSaaS.Framework.EntityFrameworkCore.DbContexts;
using MarketingSaaS.Framework.Search;
using MarketingSaaS.Permissions;
using Microsoft.EntityFrameworkCore;

namespace MarketingSaaS.EntityFrameworkCore.Search;

/// <summary>Org units by part of their name or code, in any case.</summary>
internal sealed class OrganizationUnitSearchProvider(IDbContextProvider<PlatformDbContext> contextProvider) : ISearchProvider
{
    public const string Kind = "OrgChart.Unit";

    public string? RequiredFeature => null;

    public string RequiredPermission => MarketingSaaSPermissions.OrganizationUnits.Default;

    public async Task<IReadOnlyList<SearchResult>> SearchAsync(SearchQuery query, CancellationToken cancellationToken)
    {
        var upper = query.Text.ToUpperInvariant();
        var context = await contextProvider.GetDbContextAsync(cancellationToken);
        var units = await context.OrganizationUnits.AsNoTracking()
            .Where(u => u.DisplayName.ToUpper().Contains(upper) || u.Code.ToUpper().Contains(upper))
            .OrderBy(u => u.Code)
            .Take(query.MaxResults)
            .Select(u => new { u.Id, u.DisplayName, u.Code })
            .ToListAsync(cancellationToken);
        return [.. units.Select(u => new SearchResult(Kind, u.Id, u.DisplayName, u.Code, $"/org?unit={u.Id}"))];
    }
}
