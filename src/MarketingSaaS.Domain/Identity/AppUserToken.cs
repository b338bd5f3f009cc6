using MarketingSaaS.Framework.MultiTenancy;
using Microsoft.AspNetCore.Identity;

namespace MarketingSaaS.Identity;

/// <summary>Holds e.g. the TOTP authenticator key: tenant-owned so row-level security covers it.</summary>
public sealed class AppUserToken : IdentityUserToken<Guid>, IMultiTenant
{
    public Guid TenantId { get; private set; }
}
