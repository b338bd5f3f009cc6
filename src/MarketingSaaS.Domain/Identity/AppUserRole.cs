using MarketingSaaS.Framework.MultiTenancy;
using Microsoft.AspNetCore.Identity;

namespace MarketingSaaS.Identity;

public sealed class AppUserRole : IdentityUserRole<Guid>, IMultiTenant
{
    public Guid TenantId { get; private set; }
}
