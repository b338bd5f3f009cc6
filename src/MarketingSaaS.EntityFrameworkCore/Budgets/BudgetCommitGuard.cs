using MarketingSaaS.Budgets;
using MarketingSaaS.Framework.EntityFrameworkCore.DbContexts;
using Microsoft.EntityFrameworkCore;

namespace MarketingSaaS.EntityFrameworkCore.Budgets;

/// <summary>
/// Inside a transaction on PostgreSQL: SELECT ... FOR UPDATE on the budget row, so a parallel commitment waits
/// until this one is saved and then sees it. Always: the budget is marked modified, so its concurrency stamp
/// guards the save when no transaction is open (the loser gets 409). SQLite serializes writers by itself.
/// </summary>
internal sealed class BudgetCommitGuard(IDbContextProvider<PlatformDbContext> contextProvider) : IBudgetCommitGuard
{
    public async Task EnterAsync(Budget budget, CancellationToken cancellationToken = default)
    {
        var context = await contextProvider.GetDbContextAsync(cancellationToken);
        var entry = context.Entry(budget);
        if (context.Database.IsNpgsql() && context.Database.CurrentTransaction is not null)
        {
            await context.Database.ExecuteSqlInterpolatedAsync($"SELECT 1 FROM \"Budgets\" WHERE \"Id\" = {budget.Id} FOR UPDATE", cancellationToken);
            await entry.ReloadAsync(cancellationToken);
        }

        entry.State = EntityState.Modified;
    }
}
