using MarketingSaaS.Framework.Domain.Repositories;

namespace MarketingSaaS.Budgets;

public interface IBudgetRepository : IRepository<Budget, Guid>
{
    Task<Budget?> FindWithLinesAsync(Guid id, CancellationToken cancellationToken = default);

    Task<Budget?> FindByUnitAndYearAsync(Guid organizationUnitId, int fiscalYear, CancellationToken cancellationToken = default);

    Task<List<Budget>> GetListWithLinesAsync(int? fiscalYear, Guid? organizationUnitId, CancellationToken cancellationToken = default);
}
