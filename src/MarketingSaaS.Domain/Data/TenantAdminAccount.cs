namespace MarketingSaaS.Data;

public sealed record TenantAdminAccount(string UserName, string Email, string Password, string Name);
