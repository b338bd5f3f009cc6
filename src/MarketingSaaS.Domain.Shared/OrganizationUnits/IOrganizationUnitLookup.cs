namespace MarketingSaaS.OrganizationUnits;

/// <summary>Org-chart lookups for modules (the whole chart for approver-style resolution: <see cref="Approvals.IOrgChartSnapshotReader"/>).</summary>
public interface IOrganizationUnitLookup
{
    /// <summary>Whether the current company has the unit.</summary>
    Task<bool> ExistsAsync(Guid organizationUnitId, CancellationToken cancellationToken = default);
}
