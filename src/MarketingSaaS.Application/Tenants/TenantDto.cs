namespace MarketingSaaS.Tenants;

/// <summary>A tenant as the host sees it. The connection string itself is never sent back: it may hold a password.</summary>
public sealed record TenantDto(
    Guid Id,
    string Name,
    string Slug,
    bool IsActive,
    Guid? EditionId,
    string? EditionName,
    bool HasConnectionString,
    DateTimeOffset CreationTime,
    string ConcurrencyStamp);
