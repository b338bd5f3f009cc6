using MarketingSaaS.Framework.EntityFrameworkCore.DbContexts;
using MarketingSaaS.Framework.Search;
using MarketingSaaS.Permissions;
using Microsoft.EntityFrameworkCore;

namespace MarketingSaaS.EntityFrameworkCore.Search;

/// <summary>Process instances by part of their name or their template's code, in any case, the latest start first.</summary>
internal sealed class ProcessInstanceSearchProvider(IDbContextProvider<PlatformDbContext> contextProvider) : ISearchProvider
{
    public const string Kind = "Processes.Instance";

    public string? RequiredFeature => null;

    public string RequiredPermission => MarketingSaaSPermissions.ProcessInstances.Default;

    public async Task<IReadOnlyList<SearchResult>> SearchAsync(SearchQuery query, CancellationToken cancellationToken)
    {
        var upper = query.Text.ToUpperInvariant();
        var context = await contextProvider.GetDbContextAsync(cancellationToken);
        var instances = await context.ProcessInstances.AsNoTracking()
            .Where(i => i.Name.ToUpper().Contains(upper) || i.TemplateCode.ToUpper().Contains(upper))
            .OrderByDescending(i => i.StartDate).ThenByDescending(i => i.Id)
            .Take(query.MaxResults)
            .Select(i => new { i.Id, i.Name, i.TemplateCode })
            .ToListAsync(cancellationToken);
        return [.. instances.Select(i => new SearchResult(Kind, i.Id, i.Name, i.TemplateCode, $"/processes/instances/{i.Id}"))];
    }
}
