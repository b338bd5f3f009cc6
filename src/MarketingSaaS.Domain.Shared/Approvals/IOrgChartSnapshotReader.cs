namespace MarketingSaaS.Approvals;

/// <summary>Reads the current tenant's org chart as untracked, minimal rows for route resolution.</summary>
public interface IOrgChartSnapshotReader
{
    Task<OrgChartSnapshot> ReadAsync(CancellationToken cancellationToken = default);
}
