using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace MarketingSaaS.Framework.Metrics;

public static class MetricServiceCollectionExtensions
{
    public static IServiceCollection AddMetricProvider<TProvider>(this IServiceCollection services)
        where TProvider : class, IMetricProvider
    {
        services.TryAddScoped<IMetricReader, MetricReader>();
        return services.AddScoped<IMetricProvider, TProvider>();
    }
}
