using MarketingSaaS.Approvals;

namespace MarketingSaaS.EntityFrameworkCore.Approvals;

/// <summary>A company's org chart snapshot with the <see cref="OrgChartStamp"/> read before it was loaded.</summary>
internal sealed record CachedOrgChartSnapshot(Guid Stamp, OrgChartSnapshot Snapshot);
