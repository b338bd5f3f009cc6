namespace MarketingSaaS.Framework.BackgroundJobs;

/// <summary>Tenants that live on a database of their own: the worker polls each of those databases too.</summary>
public interface ITenantDatabaseSource
{
    Task<IReadOnlyList<Guid>> GetTenantsWithOwnDatabaseAsync(CancellationToken cancellationToken = default);
}
