namespace MarketingSaaS.Registration;

public sealed record SignUpResultDto(Guid TenantId, string Slug, Guid AdminUserId, string AdminUserName);
