namespace MarketingSaaS.Identity;

public sealed record UserDto(
    Guid Id,
    string UserName,
    string Name,
    string? FamilyName,
    string? GivenName,
    string? Email,
    string? PhoneNumber,
    bool IsActive,
    bool IsLockedOut,
    DateTimeOffset? LockoutEnd,
    IReadOnlyList<string> RoleNames,
    DateTimeOffset CreationTime,
    string ConcurrencyStamp);
