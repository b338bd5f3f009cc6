using System.Text.RegularExpressions;
using MarketingSaaS.Editions;
using MarketingSaaS.Framework.Domain.Entities;
using MarketingSaaS.Framework.Domain.Repositories;
using MarketingSaaS.Framework.ExceptionHandling;

namespace MarketingSaaS.Tenants;

/// <summary>The rules for creating a tenant (a well-formed, free, not reserved slug) and for moving it to an edition.</summary>
public sealed class TenantManager(ITenantRepository tenants, IRepository<Edition, Guid> editions)
{
    public async Task<Tenant> CreateAsync(string name, string slug, Guid? editionId, CancellationToken cancellationToken = default)
    {
        var normalized = NormalizeSlug(slug);
        CheckSlugFormat(normalized);
        if (await tenants.SlugExistsAsync(normalized, cancellationToken))
        {
            throw new BusinessException(MarketingSaaSErrorCodes.TenantSlugTaken, new Dictionary<string, object?> { ["slug"] = normalized });
        }

        var tenant = new Tenant(SequentialGuid.Create(), name.Trim(), normalized, editionId);
        await tenants.InsertAsync(tenant, cancellationToken);
        return tenant;
    }

    /// <summary>Null: no edition, every feature has its default unless the tenant has its own value.</summary>
    public async Task ChangeEditionAsync(Tenant tenant, Guid? editionId, CancellationToken cancellationToken = default)
    {
        if (editionId is { } id && !await editions.AnyAsync(e => e.Id == id, cancellationToken))
        {
            throw new BusinessException(HostAdministrationErrorCodes.UnknownEdition, new Dictionary<string, object?> { ["id"] = id });
        }

        tenant.SetEdition(editionId);
    }

    public static string NormalizeSlug(string slug) => slug.Trim().ToLowerInvariant();

    private static void CheckSlugFormat(string slug)
    {
        if (slug.Length is < TenantConsts.MinSlugLength or > TenantConsts.MaxSlugLength || !Regex.IsMatch(slug, TenantConsts.SlugPattern))
        {
            throw new FieldValidationException("slug", MarketingSaaSErrorCodes.TenantSlugInvalid);
        }

        if (TenantConsts.ReservedSlugs.Contains(slug))
        {
            throw new BusinessException(MarketingSaaSErrorCodes.TenantSlugReserved, new Dictionary<string, object?> { ["slug"] = slug });
        }
    }
}
