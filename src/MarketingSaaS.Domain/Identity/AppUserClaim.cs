using MarketingSaaS.Framework.MultiTenancy;
using Microsoft.AspNetCore.Identity;

namespace MarketingSaaS.Identity;

public sealed class AppUserClaim : IdentityUserClaim<Guid>, IMultiTenant
{
    public Guid TenantId { get; private set; }
}
