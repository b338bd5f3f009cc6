using MarketingSaaS.Framework.Domain.Repositories;

namespace MarketingSaaS.Membership.Points;

public interface IPointsEntryRepository : IRepository<PointsEntry, Guid>
{
    /// <summary>The member's whole ledger, in the order it happened (time, then the order it was written).</summary>
    Task<List<PointsEntry>> GetLedgerAsync(Guid memberId, CancellationToken cancellationToken = default);
}
