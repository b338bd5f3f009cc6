namespace MarketingSaaS.Account;

public sealed record ProfileDto(Guid Id, string UserName, string Name, string? Email, bool TwoFactorEnabled);
