using MarketingSaaS.Framework.EntityFrameworkCore.DbContexts;
using MarketingSaaS.Identity;
using Microsoft.EntityFrameworkCore;

namespace MarketingSaaS.EntityFrameworkCore.Identity;

internal sealed class AppRoleRepository(IDbContextProvider<PlatformDbContext> contextProvider) : IAppRoleRepository
{
    public async Task<List<AppRole>> GetListAsync(CancellationToken cancellationToken = default)
    {
        var context = await contextProvider.GetDbContextAsync(cancellationToken);
        return await context.Roles.AsNoTracking().OrderBy(r => r.NormalizedName).ToListAsync(cancellationToken);
    }
}
