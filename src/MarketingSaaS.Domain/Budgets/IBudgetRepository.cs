using MarketingSaaS.Framework.Domain.Repositories;

namespace MarketingSaaS.Budgets;

public interface IBudgetRepository : IRepository<Budget, Guid>
{
    Task<Budget?> FindWithLinesAsync(Guid id, CancellationToken cancellationToken = default);

    Task<Budget?> FindByUnitAndYearAsync(Guid organizationUnitId, int fiscalYear, CancellationToken cancellationToken = default);

    /// <summary>Open commitments with this source reference, including those added in the current unit of work and not saved yet.</summary>
    Task<List<BudgetCommitment>> GetOpenCommitmentsAsync(string sourceReference, CancellationToken cancellationToken = default);

    Task<List<Budget>> GetListWithLinesAsync(int? fiscalYear, Guid? organizationUnitId, CancellationToken cancellationToken = default);
}
