namespace MarketingSaaS.Framework.Metrics;

/// <param name="Name">Stable name, prefixed by its module ("Events.Registrations"); display name: the text <c>Metric:&lt;Name&gt;</c>.</param>
/// <param name="Unit">"count", "percent" or "currency" (the company's currency).</param>
/// <param name="Dimensions">What a value can be asked for beyond the period, e.g. "organizationUnit".</param>
public sealed record MetricDefinition(string Name, string Unit, MetricAggregation Aggregation, IReadOnlyList<string> Dimensions)
{
    public const string OrganizationUnitDimension = "organizationUnit";
}
