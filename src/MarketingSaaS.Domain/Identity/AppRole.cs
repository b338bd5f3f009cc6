using MarketingSaaS.Framework.MultiTenancy;
using Microsoft.AspNetCore.Identity;

namespace MarketingSaaS.Identity;

/// <summary>A role of one tenant. Static roles (seeded at sign-up) cannot be deleted or renamed.</summary>
public sealed class AppRole : IdentityRole<Guid>, IMultiTenant
{
    private AppRole() { }

    public AppRole(Guid id, string name, bool isStatic = false)
        : base(name)
    {
        Id = id;
        IsStatic = isStatic;
    }

    public Guid TenantId { get; private set; }

    public bool IsStatic { get; private set; }
}
