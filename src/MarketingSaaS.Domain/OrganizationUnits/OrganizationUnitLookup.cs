namespace MarketingSaaS.OrganizationUnits;

public sealed class OrganizationUnitLookup(IOrganizationUnitRepository units) : IOrganizationUnitLookup
{
    public async Task<bool> ExistsAsync(Guid organizationUnitId, CancellationToken cancellationToken = default) =>
        await units.FindAsync(organizationUnitId, cancellationToken) is not null;
}
