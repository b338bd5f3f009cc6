using MarketingSaaS.Features;
using MarketingSaaS.Framework.ExceptionHandling;
using MarketingSaaS.Framework.Features;
using MarketingSaaS.Framework.Modularity.Manifests;
using MarketingSaaS.Framework.MultiTenancy;
using MarketingSaaS.Framework.Uow;
using MarketingSaaS.Permissions;
using Microsoft.Extensions.Localization;

namespace MarketingSaaS.Modules;

/// <summary>The modules page: one entry per module manifest (composed by reference or from the plug-in folder).</summary>
public sealed class ModuleAppService(
    IEnumerable<ModuleManifest> manifests,
    FeatureDefinitionManager definitions,
    IFeatureChecker features,
    TenantFeatureManager tenantFeatures,
    ICurrentTenant currentTenant,
    ITenantStore tenants,
    IFeatureValueStore featureValues,
    DefaultRoleGrantSeeder roleGrants,
    IUnitOfWork unitOfWork,
    IStringLocalizer localizer) : IModuleAppService
{
    public async Task<IReadOnlyList<ModuleDto>> GetListAsync(CancellationToken cancellationToken = default)
    {
        var modules = new List<ModuleDto>();
        foreach (var (manifest, definition) in Modules())
        {
            modules.Add(await ToDtoAsync(manifest, definition, cancellationToken));
        }

        return modules;
    }

    public async Task<ModuleDto> UpdateAsync(string name, UpdateModuleDto input, CancellationToken cancellationToken = default)
    {
        var (manifest, definition) = Modules().FirstOrDefault(m => m.Definition.Name == name);
        if (definition is null)
        {
            throw new BusinessException(MarketingSaaSErrorCodes.UnknownFeature, new Dictionary<string, object?> { ["feature"] = name });
        }

        var tenantId = currentTenant.Id ?? throw new BusinessException(MarketingSaaSErrorCodes.TenantRequired);
        if (input.IsEnabled && !await IsOfferedByEditionAsync(tenantId, definition.Name, cancellationToken))
        {
            throw new BusinessException(MarketingSaaSErrorCodes.ModuleNotInEdition, new Dictionary<string, object?> { ["feature"] = name });
        }

        await EnsureDependenciesAllowAsync(manifest, definition, input.IsEnabled, cancellationToken);

        await tenantFeatures.SetAsync(tenantId, definition.Name, input.IsEnabled ? "true" : "false", cancellationToken);
        if (input.IsEnabled)
        {
            await roleGrants.GrantModuleDefaultsAsync(definition.Name, cancellationToken);
            await unitOfWork.SaveChangesAsync(cancellationToken);
        }

        return await ToDtoAsync(manifest, definition, cancellationToken);
    }

    /// <summary>
    /// Switching a module on needs every module it requires to be on (422 <c>ModuleRequiresModule</c>); switching it
    /// off needs no module that is on to require it (422 <c>ModuleRequiredByModule</c>). The first module in the way is named.
    /// </summary>
    private async Task EnsureDependenciesAllowAsync(ModuleManifest manifest, FeatureDefinition definition, bool switchingOn, CancellationToken cancellationToken)
    {
        var related = switchingOn
            ? Modules().Where(m => manifest.RequiredModules.Contains(m.Manifest.Name))
            : Modules().Where(m => m.Manifest.RequiredModules.Contains(manifest.Name));
        var (code, otherKey) = switchingOn
            ? (MarketingSaaSErrorCodes.ModuleRequiresModule, "required")
            : (MarketingSaaSErrorCodes.ModuleRequiredByModule, "dependent");
        foreach (var other in related)
        {
            // In the way: a required module that is off (switching on), a dependent module that is on (switching off).
            if (await features.IsEnabledAsync(other.Definition.Name, cancellationToken) != switchingOn)
            {
                throw new BusinessException(code, new Dictionary<string, object?>
                {
                    ["module"] = localizer[definition.DisplayNameKey].Value,
                    [otherKey] = localizer[other.Definition.DisplayNameKey].Value,
                });
            }
        }
    }

    /// <summary>A company on an edition may switch on only the modules its edition offers; without an edition, any.</summary>
    private async Task<bool> IsOfferedByEditionAsync(Guid tenantId, string feature, CancellationToken cancellationToken)
    {
        var editionId = (await tenants.FindAsync(tenantId, cancellationToken))?.EditionId;
        if (editionId is null)
        {
            return true;
        }

        var values = await featureValues.GetValuesAsync(FeatureValueProviders.Edition, editionId.Value, cancellationToken);
        return values.TryGetValue(feature, out var value) && bool.TryParse(value, out var offered) && offered;
    }

    private IEnumerable<(ModuleManifest Manifest, FeatureDefinition Definition)> Modules() =>
        manifests.Select(m => (Manifest: m, Definition: definitions.GetOrNull(m.FeatureSwitch)!))
            .Where(m => m.Definition is not null)
            .OrderBy(m => m.Definition.Name, StringComparer.Ordinal);

    private async Task<ModuleDto> ToDtoAsync(ModuleManifest manifest, FeatureDefinition definition, CancellationToken cancellationToken) =>
        new(definition.Name, localizer[definition.DisplayNameKey], await features.IsEnabledAsync(definition.Name, cancellationToken),
            [.. manifest.RequiredModules.Select(ModuleFeatures.For)], [.. manifest.OptionalModules.Select(ModuleFeatures.For)]);
}
