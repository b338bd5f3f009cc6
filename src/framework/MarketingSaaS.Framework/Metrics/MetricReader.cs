using MarketingSaaS.Framework.BackgroundJobs;
using MarketingSaaS.Framework.ExceptionHandling;
using MarketingSaaS.Framework.Features;
using MarketingSaaS.Framework.MultiTenancy;

namespace MarketingSaaS.Framework.Metrics;

public sealed class MetricReader(IEnumerable<IMetricProvider> providers, IFeatureChecker features, ScheduleTimeZoneResolver timeZones, ICurrentTenant currentTenant)
    : IMetricReader
{
    public const string UnknownMetric = "Framework:UnknownMetric";

    public async Task<IReadOnlyList<MetricDefinition>> GetDefinitionsAsync(CancellationToken cancellationToken = default)
    {
        var definitions = new List<MetricDefinition>();
        foreach (var provider in providers)
        {
            if (await IsAvailableAsync(provider, cancellationToken))
            {
                definitions.AddRange(provider.Definitions);
            }
        }

        return definitions;
    }

    public async Task<MetricValue> ReadAsync(string metricName, DateOnly from, DateOnly to, Guid? organizationUnitId, CancellationToken cancellationToken = default)
    {
        var provider = providers.FirstOrDefault(p => p.Definitions.Any(d => d.Name == metricName));
        if (provider is null || !await IsAvailableAsync(provider, cancellationToken))
        {
            throw new BusinessException(UnknownMetric, new Dictionary<string, object?> { ["name"] = metricName }, statusCode: 404);
        }

        var zone = await timeZones.ResolveAsync(currentTenant.Id, null, cancellationToken);
        var query = new MetricQuery(from, to, organizationUnitId, StartOf(from, zone), StartOf(to, zone));
        return await provider.GetValueAsync(metricName, query, cancellationToken);
    }

    private async Task<bool> IsAvailableAsync(IMetricProvider provider, CancellationToken cancellationToken) =>
        provider.RequiredFeature is null || await features.IsEnabledAsync(provider.RequiredFeature, cancellationToken);

    private static DateTimeOffset StartOf(DateOnly day, TimeZoneInfo zone)
    {
        var local = day.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, zone.GetUtcOffset(local)).ToUniversalTime();
    }
}
