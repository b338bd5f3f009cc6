namespace MarketingSaaS.Framework.MultiTenancy;

/// <summary>
/// A tenant-owned entity. TenantId is never null: host-owned data is a different type. It is stamped
/// on insert from <see cref="ICurrentTenant"/> and every query is filtered by it.
/// </summary>
public interface IMultiTenant
{
    Guid TenantId { get; }
}
