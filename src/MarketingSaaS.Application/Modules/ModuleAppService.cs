using MarketingSaaS.Features;
using MarketingSaaS.Framework.ExceptionHandling;
using MarketingSaaS.Framework.Features;
using MarketingSaaS.Framework.MultiTenancy;
using Microsoft.Extensions.Localization;

namespace MarketingSaaS.Modules;

public sealed class ModuleAppService(
    FeatureDefinitionManager definitions,
    IFeatureChecker features,
    TenantFeatureManager tenantFeatures,
    ICurrentTenant currentTenant,
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
        await tenantFeatures.SetAsync(tenantId, definition.Name, input.IsEnabled ? "true" : "false", cancellationToken);
        return await ToDtoAsync(definition, cancellationToken);
    }

    private IEnumerable<FeatureDefinition> ModuleDefinitions() =>
        definitions.All.Where(d => d.Name.StartsWith(ModuleFeatures.Prefix, StringComparison.Ordinal)).OrderBy(d => d.Name, StringComparer.Ordinal);

    private async Task<ModuleDto> ToDtoAsync(FeatureDefinition definition, CancellationToken cancellationToken) =>
        new(definition.Name, localizer[definition.DisplayNameKey], await features.IsEnabledAsync(definition.Name, cancellationToken));
}
