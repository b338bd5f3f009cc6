namespace MarketingSaaS.Framework.MultiTenancy;

/// <summary>The connection string of the current tenant: its own database if it has one, else the shared one.</summary>
public interface IConnectionStringResolver
{
    Task<string> ResolveAsync(CancellationToken cancellationToken = default);
}
