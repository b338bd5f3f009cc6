using MarketingSaaS.Framework.Auditing;
using MarketingSaaS.Framework.MultiTenancy;
using Microsoft.AspNetCore.Identity;

namespace MarketingSaaS.Identity;

/// <summary>Holds e.g. the TOTP authenticator key: tenant-owned so row-level security covers it; never audited (its value is a secret).</summary>
[DisableAuditing]
public sealed class AppUserToken : IdentityUserToken<Guid>, IMultiTenant
{
    public Guid TenantId { get; private set; }
}
