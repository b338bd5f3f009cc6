using MarketingSaaS.Framework.Domain.Repositories;

namespace MarketingSaaS.OrganizationUnits;

public interface IOrganizationUnitRepository : IRepository<OrganizationUnit, Guid>
{
    Task<List<OrganizationUnit>> GetChildrenAsync(Guid? parentId, CancellationToken cancellationToken = default);

    /// <summary>The unit and every unit below it; with deleted ones when their codes must move too.</summary>
    Task<List<OrganizationUnit>> GetSubtreeAsync(string code, bool includeDeleted = false, CancellationToken cancellationToken = default);

    /// <summary>The last code among the children of a parent, counting deleted ones so codes are never reused.</summary>
    Task<string?> GetLastChildCodeAsync(Guid? parentId, CancellationToken cancellationToken = default);
}
