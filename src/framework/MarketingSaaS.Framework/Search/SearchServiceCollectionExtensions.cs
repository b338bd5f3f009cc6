using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace MarketingSaaS.Framework.Search;

public static class SearchServiceCollectionExtensions
{
    public static IServiceCollection AddSearchProvider<TProvider>(this IServiceCollection services)
        where TProvider : class, ISearchProvider
    {
        services.TryAddScoped<IGlobalSearch, GlobalSearch>();
        return services.AddScoped<ISearchProvider, TProvider>();
    }
}
