namespace MarketingSaaS.Framework.MultiTenancy;

/// <summary>What the framework needs to know of a tenant; the platform's tenant store provides it.</summary>
public sealed record TenantCacheItem(Guid Id, string Name, bool IsActive, string? ConnectionString, Guid? EditionId);
