namespace MarketingSaaS.Identity;

/// <summary>How many users changed (one already locked, or already holding the role, does not count) and every named user as they are now.</summary>
public sealed record BulkUserActionResultDto(int Changed, IReadOnlyList<UserDto> Users);
