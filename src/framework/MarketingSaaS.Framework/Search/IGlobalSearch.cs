namespace MarketingSaaS.Framework.Search;

public interface IGlobalSearch
{
    Task<IReadOnlyList<SearchResult>> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default);
}
