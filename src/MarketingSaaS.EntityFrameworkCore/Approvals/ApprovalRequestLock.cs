using MarketingSaaS.Approvals;
using MarketingSaaS.Framework.EntityFrameworkCore.DbContexts;
using Microsoft.EntityFrameworkCore;

namespace MarketingSaaS.EntityFrameworkCore.Approvals;

/// <summary>
/// Inside the request's transaction on PostgreSQL: <c>SELECT ... FOR UPDATE</c> on the approval request's row, so a
/// parallel change of the same request waits until this one commits and then reads it (READ COMMITTED: each statement
/// sees what was committed before it started). Without a transaction, or on SQLite (writers serialized), nothing to do.
/// </summary>
internal sealed class ApprovalRequestLock(IDbContextProvider<PlatformDbContext> contextProvider) : IApprovalRequestLock
{
    public async Task EnterAsync(Guid requestId, CancellationToken cancellationToken = default)
    {
        var context = await contextProvider.GetDbContextAsync(cancellationToken);
        if (context.Database.IsNpgsql() && context.Database.CurrentTransaction is not null)
        {
            await context.Database.ExecuteSqlInterpolatedAsync($"SELECT 1 FROM \"ApprovalRequests\" WHERE \"Id\" = {requestId} FOR UPDATE", cancellationToken);
        }
    }
}
