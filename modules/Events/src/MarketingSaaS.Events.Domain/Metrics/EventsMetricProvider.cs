using MarketingSaaS.Events.MarketingEvents;
using MarketingSaaS.Events.Registrations;
using MarketingSaaS.Framework.Metrics;

namespace MarketingSaaS.Events.Metrics;

/// <summary>The Events module's metrics, per period of the company's calendar and per owner unit.</summary>
public sealed class EventsMetricProvider(IMarketingEventRepository events, IEventRegistrationRepository registrations) : IMetricProvider
{
    private static readonly IReadOnlyList<string> ByUnit = [MetricDefinition.OrganizationUnitDimension];

    public string? RequiredFeature => EventsFeatures.Enable;

    public IReadOnlyList<MetricDefinition> Definitions { get; } =
    [
        new(EventsMetrics.Registrations, "count", MetricAggregation.Sum, ByUnit),
        new(EventsMetrics.AttendanceRate, "percent", MetricAggregation.Ratio, ByUnit),
    ];

    public async Task<MetricValue> GetValueAsync(string metricName, MetricQuery query, CancellationToken cancellationToken) => metricName switch
    {
        EventsMetrics.Registrations => MetricValue.Count(await CountRegistrationsAsync(query, cancellationToken)),
        EventsMetrics.AttendanceRate => await AttendanceRateAsync(query, cancellationToken),
        _ => throw new ArgumentOutOfRangeException(nameof(metricName), metricName, "Not an Events metric."),
    };

    private async Task<int> CountRegistrationsAsync(MetricQuery query, CancellationToken cancellationToken)
    {
        var eventIds = await EventIdsAsync(query.OrganizationUnitId, null, cancellationToken);
        return await registrations.CountAsync(
            r => eventIds.Contains(r.EventId) && r.RegisteredAt >= query.FromUtc && r.RegisteredAt < query.ToUtc, cancellationToken);
    }

    private async Task<MetricValue> AttendanceRateAsync(MetricQuery query, CancellationToken cancellationToken)
    {
        var eventIds = await EventIdsAsync(query.OrganizationUnitId, query, cancellationToken);
        var counts = await registrations.CountConfirmedAsync(eventIds, cancellationToken);
        return MetricValue.Ratio(counts.CheckedIn, counts.Confirmed);
    }

    /// <param name="startedIn">When given, only the events that started in its period.</param>
    private async Task<List<Guid>> EventIdsAsync(Guid? unitId, MetricQuery? startedIn, CancellationToken cancellationToken) =>
        [.. (await events.GetListAsync(
                e => (unitId == null || e.OwnerUnitId == unitId)
                    && (startedIn == null || (e.StartTime >= startedIn.FromUtc && e.StartTime < startedIn.ToUtc)),
                cancellationToken))
            .Select(e => e.Id)];
}
