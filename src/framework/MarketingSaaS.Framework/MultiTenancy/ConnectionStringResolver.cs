using Microsoft.Extensions.Configuration;

namespace MarketingSaaS.Framework.MultiTenancy;

public sealed class ConnectionStringResolver(ICurrentTenant currentTenant, ITenantStore tenantStore, IConfiguration configuration) : IConnectionStringResolver
{
    public const string DefaultName = "Default";

    public async Task<string> ResolveAsync(CancellationToken cancellationToken = default)
    {
        if (currentTenant.Id is { } tenantId)
        {
            var tenant = await tenantStore.FindAsync(tenantId, cancellationToken);
            if (!string.IsNullOrWhiteSpace(tenant?.ConnectionString))
            {
                return tenant.ConnectionString;
            }
        }

        return configuration.GetConnectionString(DefaultName)
            ?? throw new InvalidOperationException($"ConnectionStrings:{DefaultName} is not configured.");
    }
}
