namespace MarketingSaaS.Framework.Metrics;

/// <summary>How values of several org units (or periods) combine: added, averaged, or numerators over denominators.</summary>
public enum MetricAggregation
{
    Sum,
    Average,
    Ratio,
}
