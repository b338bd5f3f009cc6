namespace MarketingSaaS.Framework.Metrics;

/// <summary>
/// The metric contract: a module publishes named metrics per period and org unit (registered with
/// <c>services.AddMetricProvider&lt;T&gt;()</c>), read by the KPI cockpit and OKR through <see cref="IMetricReader"/>.
/// Runs in the company's context; scoped.
/// </summary>
public interface IMetricProvider
{
    /// <summary>The module's switch: its metrics exist only for companies that have it on. Null: always.</summary>
    string? RequiredFeature { get; }

    IReadOnlyList<MetricDefinition> Definitions { get; }

    Task<MetricValue> GetValueAsync(string metricName, MetricQuery query, CancellationToken cancellationToken);
}
