namespace MarketingSaaS.Framework.Metrics;

/// <summary>
/// A metric's value for one query. Ratios carry their numerator and denominator so that readers can combine
/// units or periods; a ratio over nothing (denominator 0) has no value.
/// </summary>
public sealed record MetricValue(decimal? Value, decimal? Numerator = null, decimal? Denominator = null)
{
    public static MetricValue Count(decimal count) => new(count);

    public static MetricValue Ratio(decimal numerator, decimal denominator) =>
        new(denominator == 0 ? null : Math.Round(numerator / denominator, 4), numerator, denominator);
}
