using MarketingSaaS.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;

namespace MarketingSaaS.EntityFrameworkCore.Identity;

/// <summary>ASP.NET Core Identity's EF store over our tenant-filtered tables.</summary>
public sealed class AppUserStore(PlatformDbContext context, IdentityErrorDescriber? describer = null)
    : UserStore<AppUser, AppRole, PlatformDbContext, Guid, AppUserClaim, AppUserRole, AppUserLogin, AppUserToken, AppRoleClaim>(context, describer);
