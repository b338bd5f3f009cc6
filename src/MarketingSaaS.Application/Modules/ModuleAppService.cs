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
        foreach (var definition in ModuleDefinitions())
        {
            modules.Add(await ToDtoAsync(definition, cancellationToken));
        }

        return modules;
    }

    public async Task<ModuleDto> UpdateAsync(string name, UpdateModuleDto input, CancellationToken cancellationToken = default)
    {
        var definition = ModuleDefinitions().FirstOrDefault(d => d.Name == name)
            ?? throw new BusinessException(MarketingSaaSErrorCodes.UnknownFeature, new Dictionary<string, object?> { ["feature"] = name });
        var tenantId = currentTenant.Id ?? throw new BusinessException(MarketingSaaSErrorCodes.TenantRequired);
        if (input.IsEnabled && !await IsOfferedByEditionAsync(tenantId, definition.Name, cancellationToken))
        {
            throw new BusinessException(MarketingSaaSErrorCodes.ModuleNotInEdition, new Dictionary<string, object?> { ["feature"] = name });
        }

        await tenantFeatures.SetAsync(tenantId, definition.Name, input.IsEnabled ? "true" : "false", cancellationToken);
        if (input.IsEnabled)
        {
            await roleGrants.GrantModuleDefaultsAsync(definition.Name, cancellationToken);
            await unitOfWork.SaveChangesAsync(cancellationToken);
        }

        return await ToDtoAsync(definition, cancellationToken);
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

    private IEnumerable<FeatureDefinition> ModuleDefinitions() =>
        manifests.Select(m => definitions.GetOrNull(m.FeatureSwitch)).OfType<FeatureDefinition>().OrderBy(d => d.Name, StringComparer.Ordinal);

    private async Task<ModuleDto> ToDtoAsync(FeatureDefinition definition, CancellationToken cancellationToken) =>
        new(definition.Name, localizer[definition.DisplayNameKey], await features.IsEnabledAsync(definition.Name, cancellationToken));
}
