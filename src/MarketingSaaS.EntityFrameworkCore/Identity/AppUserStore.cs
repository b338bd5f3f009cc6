using MarketingSaaS.Framework.EntityFrameworkCore.DbContexts;
using MarketingSaaS.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;

namespace MarketingSaaS.EntityFrameworkCore.Identity;

/// <summary>
/// ASP.NET Core Identity's EF store over our tenant-filtered tables. The context is looked up on
/// every use, so a tenant switched with ICurrentTenant.Change reaches the tenant's own database.
/// </summary>
public sealed class AppUserStore(IDbContextProvider<PlatformDbContext> contexts, IdentityErrorDescriber? describer = null)
    : UserStore<AppUser, AppRole, PlatformDbContext, Guid, AppUserClaim, AppUserRole, AppUserLogin, AppUserToken, AppRoleClaim>(
        CurrentContext(contexts), describer)
{
    public override PlatformDbContext Context => CurrentContext(contexts);

    // The tenant store and the provider cache what this waits for, so it completes synchronously after the first call.
    internal static PlatformDbContext CurrentContext(IDbContextProvider<PlatformDbContext> contexts) =>
        contexts.GetDbContextAsync().GetAwaiter().GetResult();
}
