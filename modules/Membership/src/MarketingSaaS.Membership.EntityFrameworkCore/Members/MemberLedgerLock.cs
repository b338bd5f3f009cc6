using MarketingSaaS.Framework.EntityFrameworkCore.DbContexts;
using MarketingSaaS.Membership.Members;
using Microsoft.EntityFrameworkCore;

namespace MarketingSaaS.Membership.EntityFrameworkCore.Members;

/// <summary>
/// Inside the request's transaction on PostgreSQL: SELECT ... FOR UPDATE on the member's row, so a parallel redemption,
/// purchase or refund of the same member waits until this one commits and then reads its entries. Without a
/// transaction, or on SQLite (which serializes writers), nothing to do.
/// </summary>
internal sealed class MemberLedgerLock(IDbContextProvider<MembershipDbContext> contextProvider) : IMemberLedgerLock
{
    public async Task EnterAsync(Guid memberId, CancellationToken cancellationToken = default)
    {
        var context = await contextProvider.GetDbContextAsync(cancellationToken);
        if (context.Database.IsNpgsql() && context.Database.CurrentTransaction is not null)
        {
            await context.Database.ExecuteSqlInterpolatedAsync($"SELECT 1 FROM membership.\"Members\" WHERE \"Id\" = {memberId} FOR UPDATE", cancellationToken);
        }
    }
}
