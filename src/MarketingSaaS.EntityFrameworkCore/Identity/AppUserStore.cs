using MarketingSaaS.Framework.EntityFrameworkCore.DbContexts;
using MarketingSaaS.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;

namespace MarketingSaaS.EntityFrameworkCore.Identity;

/// <summary>
/// ASP.NET Core Identity's EF store over our tenant-filtered tables. The context is looked up on
/// every use, so a tenant switched with ICurrentTenant.Change reaches the tenant's own database.
/// Every update or deletion of a user drops their cached security stamp on this node, so a new stamp,
/// a deactivation or a lock ends their sessions here at once.
/// </summary>
public sealed class AppUserStore(IDbContextProvider<PlatformDbContext> contexts, SecurityStampCache stamps, IdentityErrorDescriber? describer = null)
    : UserStore<AppUser, AppRole, PlatformDbContext, Guid, AppUserClaim, AppUserRole, AppUserLogin, AppUserToken, AppRoleClaim>(
        CurrentContext(contexts), describer)
{
    public override PlatformDbContext Context => CurrentContext(contexts);

    public override async Task<IdentityResult> UpdateAsync(AppUser user, CancellationToken cancellationToken = default)
    {
        var result = await base.UpdateAsync(user, cancellationToken);
        stamps.Invalidate(user.TenantId, user.Id);
        return result;
    }

    public override async Task<IdentityResult> DeleteAsync(AppUser user, CancellationToken cancellationToken = default)
    {
        var result = await base.DeleteAsync(user, cancellationToken);
        stamps.Invalidate(user.TenantId, user.Id);
        return result;
    }

    // The tenant store and the provider cache what this waits for, so it completes synchronously after the first call.
    internal static PlatformDbContext CurrentContext(IDbContextProvider<PlatformDbContext> contexts) =>
        contexts.GetDbContextAsync().GetAwaiter().GetResult();
}
