using System.Text.RegularExpressions;
using MarketingSaaS.Framework.ExceptionHandling;

namespace MarketingSaaS.Tenants;

/// <summary>The rules for creating a tenant: a well-formed, free, not reserved slug.</summary>
public sealed class TenantManager(ITenantRepository tenants)
{
    public async Task<Tenant> CreateAsync(string name, string slug, Guid? editionId, CancellationToken cancellationToken = default)
    {
        var normalized = NormalizeSlug(slug);
        CheckSlugFormat(normalized);
        if (await tenants.SlugExistsAsync(normalized, cancellationToken))
        {
            throw new BusinessException(MarketingSaaSErrorCodes.TenantSlugTaken, new Dictionary<string, object?> { ["slug"] = normalized });
        }

        var tenant = new Tenant(Guid.CreateVersion7(), name.Trim(), normalized, editionId);
        await tenants.InsertAsync(tenant, cancellationToken);
        return tenant;
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
