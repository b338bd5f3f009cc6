namespace MarketingSaaS.Framework.Metrics;

/// <summary>
/// One period of the company's calendar, <see cref="From"/> inclusive to <see cref="To"/> exclusive, and the same period
/// as UTC instants in the company's time zone (providers filter stored UTC times by these). <see cref="OrganizationUnitId"/>
/// null: the whole company.
/// </summary>
public sealed record MetricQuery(DateOnly From, DateOnly To, Guid? OrganizationUnitId, DateTimeOffset FromUtc, DateTimeOffset ToUtc);
