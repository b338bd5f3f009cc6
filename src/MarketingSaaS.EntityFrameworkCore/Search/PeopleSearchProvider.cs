using MarketingSaaS.Framework.EntityFrameworkCore.DbContexts;
using MarketingSaaS.Framework.Search;
using MarketingSaaS.Permissions;
using Microsoft.EntityFrameworkCore;

namespace MarketingSaaS.EntityFrameworkCore.Search;

/// <summary>The company's people by part of their name, user name or e-mail address, in any case.</summary>
internal sealed class PeopleSearchProvider(IDbContextProvider<PlatformDbContext> contextProvider) : ISearchProvider
{
    public const string Kind = "Identity.User";

    public string? RequiredFeature => null;

    public string RequiredPermission => MarketingSaaSPermissions.Users.Default;

    public async Task<IReadOnlyList<SearchResult>> SearchAsync(SearchQuery query, CancellationToken cancellationToken)
    {
        var upper = query.Text.ToUpperInvariant();
        var context = await contextProvider.GetDbContextAsync(cancellationToken);
        var people = await context.Users.AsNoTracking()
            .Where(u => u.Name.ToUpper().Contains(upper) || u.NormalizedUserName!.Contains(upper) || u.NormalizedEmail!.Contains(upper))
            .OrderBy(u => u.Name).ThenBy(u => u.Id)
            .Take(query.MaxResults)
            .Select(u => new { u.Id, u.Name, u.UserName, u.Email })
            .ToListAsync(cancellationToken);
        return [.. people.Select(u => new SearchResult(Kind, u.Id, u.Name, u.Email, $"/identity/users?q={Uri.EscapeDataString(u.UserName ?? "")}"))];
    }
}
