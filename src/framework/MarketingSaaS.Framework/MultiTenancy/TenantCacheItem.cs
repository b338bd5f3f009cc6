namespace MarketingSaaS.Framework.MultiTenancy;

/// <summary>What the framework needs to know of a tenant; the platform's tenant store provides it.</summary>
/// <remarks><see cref="Name"/> is the URL name (slug); <see cref="DisplayName"/> the company name people read.</remarks>
public sealed record TenantCacheItem(Guid Id, string Name, bool IsActive, string? ConnectionString, Guid? EditionId, string? DisplayName = null);
