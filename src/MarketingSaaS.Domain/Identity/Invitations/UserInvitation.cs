using MarketingSaaS.Framework.Domain.Entities;
using MarketingSaaS.Framework.MultiTenancy;

namespace MarketingSaaS.Identity.Invitations;

/// <summary>
/// A person invited by e-mail to join the company. The mailed link carries a random token; only its SHA-256 hash is
/// stored (<see cref="TokenHash"/>), and a resend replaces it, so an older link stops working.
/// </summary>
public sealed class UserInvitation : AggregateRoot<Guid>, IMultiTenant, IHasCreationTime
{
    private UserInvitation() { }

    public UserInvitation(Guid id, string email, string familyName, string givenName, IEnumerable<string> roleNames, string culture, DateTimeOffset expiresAt,
        Guid? invitedByUserId = null, Guid? positionId = null, string? userName = null)
        : base(id)
    {
        UserName = string.IsNullOrWhiteSpace(userName) ? null : userName.Trim();
        InvitedByUserId = invitedByUserId;
        PositionId = positionId;
        Email = email;
        FamilyName = familyName;
        GivenName = givenName;
        RoleNames = string.Join(',', roleNames);
        Culture = culture;
        ExpiresAt = expiresAt;
        Status = UserInvitationStatus.Pending;
    }

    public Guid TenantId { get; private set; }

    public string Email { get; private set; } = "";

    public string FamilyName { get; private set; } = "";

    public string GivenName { get; private set; } = "";

    /// <summary>The roles the new user gets, comma-separated.</summary>
    public string RoleNames { get; private set; } = "";

    /// <summary>The language of the mail and the new user's portal language (zh-Hans or en).</summary>
    public string Culture { get; private set; } = "";

    /// <summary>SHA-256 of the current link's token (hex); null until the mail job has issued one.</summary>
    public string? TokenHash { get; private set; }

    public DateTimeOffset ExpiresAt { get; private set; }

    public UserInvitationStatus Status { get; private set; }

    public Guid? AcceptedUserId { get; private set; }

    /// <summary>The admin who invited (shown on the accept page); null for invitations older than the field.</summary>
    public Guid? InvitedByUserId { get; private set; }

    /// <summary>A position the new user holds once they accept (from a user import's position column).</summary>
    public Guid? PositionId { get; private set; }

    /// <summary>The user name the accept page suggests (from a user import); the invitee may choose another.</summary>
    public string? UserName { get; private set; }

    public DateTimeOffset CreationTime { get; private set; }

    public IReadOnlyList<string> GetRoleNames() => RoleNames.Split(',', StringSplitOptions.RemoveEmptyEntries);

    public bool IsExpired(DateTimeOffset now) => now >= ExpiresAt;

    /// <summary>Sets a new token (the previous link stops working) valid until <paramref name="expiresAt"/>.</summary>
    public void IssueToken(string tokenHash, DateTimeOffset expiresAt)
    {
        TokenHash = tokenHash;
        ExpiresAt = expiresAt;
    }

    /// <summary>Invalidates the current link at once (a resend mails a new one).</summary>
    public void DropToken(DateTimeOffset expiresAt)
    {
        TokenHash = null;
        ExpiresAt = expiresAt;
    }

    /// <summary>The link stays known, so opening it says "withdrawn" rather than "not found".</summary>
    public void Revoke() => Status = UserInvitationStatus.Revoked;

    public void Accept(Guid userId)
    {
        Status = UserInvitationStatus.Accepted;
        AcceptedUserId = userId;
    }
}
