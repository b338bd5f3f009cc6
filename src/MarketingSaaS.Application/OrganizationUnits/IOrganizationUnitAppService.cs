namespace MarketingSaaS.OrganizationUnits;

public interface IOrganizationUnitAppService
{
    /// <summary>All units of the company, ordered by code (a depth-first walk of the tree).</summary>
    Task<IReadOnlyList<OrganizationUnitDto>> GetTreeAsync(CancellationToken cancellationToken = default);

    Task<OrganizationUnitDto> GetAsync(Guid id, CancellationToken cancellationToken = default);

    Task<OrganizationUnitDto> CreateAsync(CreateOrganizationUnitDto input, CancellationToken cancellationToken = default);

    Task<OrganizationUnitDto> UpdateAsync(Guid id, UpdateOrganizationUnitDto input, CancellationToken cancellationToken = default);

    Task<OrganizationUnitDto> MoveAsync(Guid id, MoveOrganizationUnitDto input, CancellationToken cancellationToken = default);

    Task DeleteAsync(Guid id, CancellationToken cancellationToken = default);

    Task<ImportOrgChartResultDto> ImportDefaultAsync(ImportOrgChartDto input, CancellationToken cancellationToken = default);
}
