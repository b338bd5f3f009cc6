using MarketingSaaS.Framework.Domain.Repositories;

namespace MarketingSaaS.Positions;

public interface IPositionRepository : IRepository<Position, Guid>
{
    /// <summary>Positions with their units, holders and collaborators loaded.</summary>
    Task<List<Position>> GetListWithDetailsAsync(Guid? organizationUnitId = null, Guid? holderUserId = null, CancellationToken cancellationToken = default);

    Task<Position?> FindWithDetailsAsync(Guid id, CancellationToken cancellationToken = default);
}
