namespace MarketingSaaS.Framework.Metrics;

/// <summary>The metric registry of the current company: the metrics of the platform and of its switched-on modules.</summary>
public interface IMetricReader
{
    Task<IReadOnlyList<MetricDefinition>> GetDefinitionsAsync(CancellationToken cancellationToken = default);

    /// <summary><paramref name="from"/> inclusive, <paramref name="to"/> exclusive, in the company's calendar.</summary>
    Task<MetricValue> ReadAsync(string metricName, DateOnly from, DateOnly to, Guid? organizationUnitId, CancellationToken cancellationToken = default);
}
