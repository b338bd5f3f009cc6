using MarketingSaaS.Framework.EntityFrameworkCore.DbContexts;
using MarketingSaaS.Identity;
using Microsoft.EntityFrameworkCore;

namespace MarketingSaaS.EntityFrameworkCore.Identity;

internal sealed class AppUserRepository(IDbContextProvider<PlatformDbContext> contextProvider) : IAppUserRepository
{
    public async Task<long> GetCountAsync(string? filter = null, CancellationToken cancellationToken = default) =>
        await (await QueryAsync(filter, cancellationToken)).LongCountAsync(cancellationToken);

    public async Task<List<AppUser>> GetPagedListAsync(string? filter, int skipCount, int maxResultCount, CancellationToken cancellationToken = default) =>
        await (await QueryAsync(filter, cancellationToken))
            .OrderBy(u => u.NormalizedUserName).ThenBy(u => u.Id)
            .Skip(skipCount).Take(maxResultCount)
            .ToListAsync(cancellationToken);

    public async Task<Dictionary<Guid, List<string>>> GetRoleNamesAsync(IReadOnlyCollection<Guid> userIds, CancellationToken cancellationToken = default)
    {
        var context = await contextProvider.GetDbContextAsync(cancellationToken);
        var pairs = await (
                from userRole in context.UserRoles.AsNoTracking()
                join role in context.Roles.AsNoTracking() on userRole.RoleId equals role.Id
                where userIds.Contains(userRole.UserId)
                select new { userRole.UserId, role.Name })
            .ToListAsync(cancellationToken);
        return pairs.GroupBy(p => p.UserId).ToDictionary(g => g.Key, g => g.Select(p => p.Name!).Order(StringComparer.Ordinal).ToList());
    }

    private async Task<IQueryable<AppUser>> QueryAsync(string? filter, CancellationToken cancellationToken)
    {
        var context = await contextProvider.GetDbContextAsync(cancellationToken);
        IQueryable<AppUser> query = context.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter))
        {
            var upper = filter.Trim().ToUpperInvariant();
            query = query.Where(u => u.NormalizedUserName!.Contains(upper) || u.NormalizedEmail!.Contains(upper) || u.Name.ToUpper().Contains(upper));
        }

        return query;
    }
}
