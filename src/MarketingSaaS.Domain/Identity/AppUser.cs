using MarketingSaaS.Framework.MultiTenancy;
using Microsoft.AspNetCore.Identity;

namespace MarketingSaaS.Identity;

/// <summary>A person who signs in to one tenant. User names and e-mails are unique per tenant.</summary>
public sealed class AppUser : IdentityUser<Guid>, IMultiTenant
{
    private AppUser() { }

    public AppUser(Guid id, string userName, string email, string name)
    {
        Id = id;
        UserName = userName;
        Email = email;
        Name = name;
        IsActive = true;
        SecurityStamp = Guid.NewGuid().ToString("N");
    }

    public Guid TenantId { get; private set; }

    /// <summary>Display name, e.g. 张伟.</summary>
    public string Name { get; set; } = "";

    public bool IsActive { get; set; }

    public DateTimeOffset CreationTime { get; private set; }
}
