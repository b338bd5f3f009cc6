using MarketingSaaS.Budgets;
using MarketingSaaS.Framework.EntityFrameworkCore.DbContexts;
using MarketingSaaS.Framework.EntityFrameworkCore.Repositories;
using Microsoft.EntityFrameworkCore;

namespace MarketingSaaS.EntityFrameworkCore.Budgets;

internal sealed class BudgetRepository(IDbContextProvider<PlatformDbContext> contextProvider)
    : EfRepository<PlatformDbContext, Budget, Guid>(contextProvider), IBudgetRepository
{
    public async Task<Budget?> FindWithLinesAsync(Guid id, CancellationToken cancellationToken = default) =>
        await (await GetQueryableAsync(cancellationToken)).Include(b => b.Lines).FirstOrDefaultAsync(b => b.Id == id, cancellationToken);

    public async Task<Budget?> FindByUnitAndYearAsync(Guid organizationUnitId, int fiscalYear, CancellationToken cancellationToken = default) =>
        await (await GetQueryableAsync(cancellationToken)).Include(b => b.Lines)
            .FirstOrDefaultAsync(b => b.OrganizationUnitId == organizationUnitId && b.FiscalYear == fiscalYear, cancellationToken);

    public async Task<List<BudgetCommitment>> GetOpenCommitmentsAsync(string sourceReference, CancellationToken cancellationToken = default)
    {
        var context = await GetDbContextAsync(cancellationToken);
        var stored = await context.Set<BudgetCommitment>()
            .Where(c => c.SourceReference == sourceReference && c.Status == BudgetCommitmentStatus.Open)
            .ToListAsync(cancellationToken);
        var added = context.ChangeTracker.Entries<BudgetCommitment>()
            .Where(e => e.State == EntityState.Added && e.Entity.SourceReference == sourceReference && e.Entity.Status == BudgetCommitmentStatus.Open)
            .Select(e => e.Entity);
        return [.. stored.Concat(added).Distinct()];
    }

    public async Task<List<Budget>> GetListWithLinesAsync(int? fiscalYear, Guid? organizationUnitId, CancellationToken cancellationToken = default)
    {
        var query = (await GetQueryableAsync(cancellationToken)).Include(b => b.Lines).AsQueryable();
        if (fiscalYear is { } year)
        {
            query = query.Where(b => b.FiscalYear == year);
        }

        if (organizationUnitId is { } unitId)
        {
            query = query.Where(b => b.OrganizationUnitId == unitId);
        }

        return await query.OrderBy(b => b.FiscalYear).ThenBy(b => b.Name).ThenBy(b => b.Id).ToListAsync(cancellationToken);
    }
}
