using MarketingSaaS.Framework.EntityFrameworkCore.DbContexts;
using MarketingSaaS.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;

namespace MarketingSaaS.EntityFrameworkCore.Identity;

/// <summary>See <see cref="AppUserStore"/>: the context follows the current tenant.</summary>
public sealed class AppRoleStore(IDbContextProvider<PlatformDbContext> contexts, IdentityErrorDescriber? describer = null)
    : RoleStore<AppRole, PlatformDbContext, Guid, AppUserRole, AppRoleClaim>(AppUserStore.CurrentContext(contexts), describer)
{
    public override PlatformDbContext Context => AppUserStore.CurrentContext(contexts);
}
