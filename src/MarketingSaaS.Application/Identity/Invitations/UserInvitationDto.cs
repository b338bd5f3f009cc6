namespace MarketingSaaS.Identity.Invitations;

public sealed record UserInvitationDto(
    Guid Id,
    string Email,
    string FamilyName,
    string GivenName,
    string DisplayName,
    IReadOnlyList<string> RoleNames,
    string Culture,
    UserInvitationStatus Status,
    bool IsExpired,
    DateTimeOffset ExpiresAt,
    DateTimeOffset CreationTime,
    string ConcurrencyStamp);
