using MarketingSaaS.Framework.Domain.Entities;
using MarketingSaaS.Framework.Domain.Repositories;
using MarketingSaaS.Framework.ExceptionHandling;
using MarketingSaaS.Framework.Features;
using MarketingSaaS.Framework.MultiTenancy;
using MarketingSaaS.Framework.Uow;
using Microsoft.Extensions.Caching.Memory;

namespace MarketingSaaS.Features;

/// <summary>Sets a tenant's own feature values (provider "T"), which live in the host database, and refreshes the cache.</summary>
public sealed class TenantFeatureManager(
    IRepository<FeatureValue, Guid> values,
    FeatureDefinitionManager definitions,
    ICurrentTenant currentTenant,
    IUnitOfWork unitOfWork,
    IMemoryCache cache)
{
    /// <summary>Saves at once; a null value removes the tenant's own value so the edition's or the default applies.</summary>
    public async Task SetAsync(Guid tenantId, string featureName, string? value, CancellationToken cancellationToken = default)
    {
        if (definitions.GetOrNull(featureName) is null)
        {
            throw new BusinessException(MarketingSaaSErrorCodes.UnknownFeature, new Dictionary<string, object?> { ["feature"] = featureName });
        }

        using (currentTenant.Change(null))
        {
            var existing = (await values.GetListAsync(
                f => f.ProviderName == FeatureValueProviders.Tenant && f.ProviderKey == tenantId && f.Name == featureName,
                cancellationToken)).FirstOrDefault();
            if (value is null)
            {
                if (existing is not null)
                {
                    await values.DeleteAsync(existing, cancellationToken);
                }
            }
            else if (existing is null)
            {
                await values.InsertAsync(new FeatureValue(SequentialGuid.Create(), featureName, value, FeatureValueProviders.Tenant, tenantId), cancellationToken);
            }
            else
            {
                existing.Value = value;
            }

            await unitOfWork.SaveChangesAsync(cancellationToken);
        }

        cache.Remove(FeatureChecker.CacheKey(FeatureValueProviders.Tenant, tenantId));
    }
}
