using MarketingSaaS.Framework.Domain.Entities;

namespace MarketingSaaS.Identity;

/// <summary>An operator of the platform (host side). Host-owned, separate from tenant users.</summary>
public sealed class HostUser : AggregateRoot<Guid>
{
    private HostUser() { }

    public HostUser(Guid id, string userName, string email)
        : base(id)
    {
        UserName = userName;
        NormalizedUserName = userName.ToUpperInvariant();
        Email = email;
        RenewSecurityStamp();
    }

    public string UserName { get; private set; } = "";

    public string NormalizedUserName { get; private set; } = "";

    public string Email { get; private set; } = "";

    public string PasswordHash { get; set; } = "";

    public int AccessFailedCount { get; set; }

    public DateTimeOffset? LockoutEnd { get; set; }

    /// <summary>Carried by every session of the operator; a new value ends them all (sign-out).</summary>
    public string SecurityStamp { get; private set; } = "";

    public void RenewSecurityStamp() => SecurityStamp = Guid.NewGuid().ToString("N");
}
