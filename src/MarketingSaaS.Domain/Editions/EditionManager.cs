using MarketingSaaS.Features;
using MarketingSaaS.Framework.Domain.Entities;
using MarketingSaaS.Framework.Domain.Repositories;
using MarketingSaaS.Framework.ExceptionHandling;
using MarketingSaaS.Framework.Features;
using MarketingSaaS.Tenants;

namespace MarketingSaaS.Editions;

/// <summary>The rules for editions: unique names, and no deleting an edition tenants are on.</summary>
public sealed class EditionManager(IRepository<Edition, Guid> editions, ITenantRepository tenants, FeatureValueManager featureValues)
{
    public async Task<Edition> CreateAsync(string name, CancellationToken cancellationToken = default)
    {
        var trimmed = name.Trim();
        await CheckNameFreeAsync(trimmed, exceptId: null, cancellationToken);
        var edition = new Edition(SequentialGuid.Create(), trimmed);
        await editions.InsertAsync(edition, cancellationToken);
        return edition;
    }

    public async Task RenameAsync(Edition edition, string name, CancellationToken cancellationToken = default)
    {
        var trimmed = name.Trim();
        await CheckNameFreeAsync(trimmed, edition.Id, cancellationToken);
        edition.Rename(trimmed);
    }

    public async Task DeleteAsync(Edition edition, CancellationToken cancellationToken = default)
    {
        var tenantCount = await tenants.CountAsync(t => t.EditionId == edition.Id, cancellationToken);
        if (tenantCount > 0)
        {
            throw new BusinessException(HostAdministrationErrorCodes.EditionInUse, new Dictionary<string, object?> { ["edition"] = edition.Name, ["tenantCount"] = tenantCount });
        }

        await featureValues.SetAsync(FeatureValueProviders.Edition, edition.Id, new Dictionary<string, string?>(), replaceAll: true, cancellationToken);
        await editions.DeleteAsync(edition, cancellationToken);
    }

    private async Task CheckNameFreeAsync(string name, Guid? exceptId, CancellationToken cancellationToken)
    {
        if (await editions.AnyAsync(e => e.Name == name && e.Id != exceptId, cancellationToken))
        {
            throw new BusinessException(HostAdministrationErrorCodes.EditionNameTaken, new Dictionary<string, object?> { ["name"] = name });
        }
    }
}
