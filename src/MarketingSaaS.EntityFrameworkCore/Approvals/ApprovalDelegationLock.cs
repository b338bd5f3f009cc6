using MarketingSaaS.Approvals;
using MarketingSaaS.Framework.EntityFrameworkCore.DbContexts;
using MarketingSaaS.Framework.MultiTenancy;
using Microsoft.EntityFrameworkCore;

namespace MarketingSaaS.EntityFrameworkCore.Approvals;

/// <summary>
/// Inside the request's transaction on PostgreSQL: <c>pg_advisory_xact_lock</c> on a key of the company, so a second
/// delegation of the same company waits until the first one commits and then reads it (its cycle check sees it).
/// Without a transaction, or on another provider, nothing to do (SQLite serializes writers).
/// </summary>
internal sealed class ApprovalDelegationLock(IDbContextProvider<PlatformDbContext> contextProvider, ICurrentTenant currentTenant) : IApprovalDelegationLock
{
    public async Task EnterAsync(CancellationToken cancellationToken = default)
    {
        var context = await contextProvider.GetDbContextAsync(cancellationToken);
        if (context.Database.IsNpgsql() && context.Database.CurrentTransaction is not null)
        {
            var key = $"approval-delegations:{currentTenant.Id:N}";
            await context.Database.ExecuteSqlInterpolatedAsync($"SELECT pg_advisory_xact_lock(hashtextextended({key}, 0))", cancellationToken);
        }
    }
}
