using MarketingSaaS.Framework.EntityFrameworkCore.DbContexts;
using MarketingSaaS.Identity;
using Microsoft.EntityFrameworkCore;

namespace MarketingSaaS.EntityFrameworkCore.Identity;

internal sealed class UserLookup(IDbContextProvider<PlatformDbContext> contexts) : IUserLookup
{
    public async Task<IReadOnlySet<Guid>> FindExistingAsync(IEnumerable<Guid> userIds, CancellationToken cancellationToken = default)
    {
        var ids = userIds.Distinct().ToList();
        var context = await contexts.GetDbContextAsync(cancellationToken);
        return (await context.Users.Where(u => ids.Contains(u.Id)).Select(u => u.Id).ToListAsync(cancellationToken)).ToHashSet();
    }

    public async Task<IReadOnlyDictionary<Guid, string>> GetNamesAsync(IEnumerable<Guid> userIds, CancellationToken cancellationToken = default)
    {
        var ids = userIds.Distinct().ToList();
        var context = await contexts.GetDbContextAsync(cancellationToken);
        return await context.Users.Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, cancellationToken);
    }
}
