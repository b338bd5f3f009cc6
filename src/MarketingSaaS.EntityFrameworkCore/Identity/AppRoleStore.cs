using MarketingSaaS.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;

namespace MarketingSaaS.EntityFrameworkCore.Identity;

public sealed class AppRoleStore(PlatformDbContext context, IdentityErrorDescriber? describer = null)
    : RoleStore<AppRole, PlatformDbContext, Guid, AppUserRole, AppRoleClaim>(context, describer);
