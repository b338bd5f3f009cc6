namespace MarketingSaaS.Framework.MultiTenancy;

public sealed record TenantInfo(Guid? Id, string? Name);
