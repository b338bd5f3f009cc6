namespace MarketingSaaS.Account;

public sealed record CurrentUserProfileDto(Guid Id, Guid TenantId, string UserName, string Name, string? Email, bool TwoFactorEnabled, IReadOnlyList<string> Roles);
