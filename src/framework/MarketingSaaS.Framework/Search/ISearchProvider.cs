namespace MarketingSaaS.Framework.Search;

/// <summary>
/// The search contract: a module contributes results to the portal's global search box (registered with
/// <c>services.AddSearchProvider&lt;T&gt;()</c>). Runs in the company's context; scoped. <see cref="IGlobalSearch"/> asks
/// only the providers whose module is on and whose permission the user holds.
/// </summary>
public interface ISearchProvider
{
    string? RequiredFeature { get; }

    /// <summary>Null when the provider decides who sees what itself (approval requests: the people they involve).</summary>
    string? RequiredPermission { get; }

    Task<IReadOnlyList<SearchResult>> SearchAsync(SearchQuery query, CancellationToken cancellationToken);
}
