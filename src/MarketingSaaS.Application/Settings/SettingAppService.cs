using MarketingSaaS.Framework.ExceptionHandling;
using MarketingSaaS.Framework.Features;
using MarketingSaaS.Framework.MultiTenancy;
using MarketingSaaS.Framework.Settings;
using MarketingSaaS.Framework.Uow;
using MarketingSaaS.Framework.Users;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Localization;

namespace MarketingSaaS.Settings;

public sealed class SettingAppService(
    SettingDefinitionManager definitions,
    ISettingValueStore store,
    IFeatureChecker features,
    ICurrentTenant currentTenant,
    ICurrentUser currentUser,
    IUnitOfWork unitOfWork,
    IMemoryCache cache,
    IConfiguration configuration,
    IStringLocalizer localizer,
    TimeProvider clock) : ISettingAppService
{
    public async Task<IReadOnlyList<SettingDto>> GetListAsync(CancellationToken cancellationToken = default)
    {
        var tenantValues = await store.GetValuesAsync(SettingValueProviders.Tenant, TenantId, cancellationToken);
        var globalValues = await store.GetValuesAsync(SettingValueProviders.Global, null, cancellationToken);
        return [.. (await VisibleDefinitionsAsync(cancellationToken)).Select(d => new SettingDto(
            d.Name,
            localizer["Setting:" + d.Name],
            TextOrNull("SettingDescription:" + d.Name),
            tenantValues.GetValueOrDefault(d.Name) ?? globalValues.GetValueOrDefault(d.Name) ?? configuration["Settings:" + d.Name] ?? d.DefaultValue,
            d.DefaultValue,
            d.Type.ToString(),
            d.Min,
            d.Max,
            OptionsOf(d)))];
    }

    private IReadOnlyList<SettingOptionDto> OptionsOf(SettingDefinition definition) => definition.Type switch
    {
        SettingValueType.Enum => [.. definition.AllowedValues.Select(v => new SettingOptionDto(v, TextOrNull(definition.ValueTextPrefix + v) ?? v))],
        SettingValueType.TimeZone => SettingOptions.TimeZones(clock.GetUtcNow()),
        SettingValueType.Culture => SettingOptions.Cultures(),
        SettingValueType.Currency => SettingOptions.CurrencyOptions(),
        _ => [],
    };

    private string? TextOrNull(string key) => localizer[key] is { ResourceNotFound: false } text ? text.Value : null;

    public async Task<IReadOnlyList<SettingDto>> UpdateAsync(UpdateSettingsDto input, CancellationToken cancellationToken = default)
    {
        var tenantId = TenantId;
        var visible = (await VisibleDefinitionsAsync(cancellationToken)).ToDictionary(d => d.Name, StringComparer.Ordinal);
        var errors = new Dictionary<string, FieldError[]>();
        foreach (var (name, value) in input.Values)
        {
            if (!visible.TryGetValue(name, out var definition))
            {
                throw new BusinessException(MarketingSaaSErrorCodes.UnknownSetting, new Dictionary<string, object?> { ["setting"] = name });
            }

            if (value is not null && SettingValueValidator.Validate(definition, value.Trim()) is { } error)
            {
                errors[name] = [error];
            }
        }

        if (errors.Count > 0)
        {
            throw new FieldValidationException(errors);
        }

        foreach (var (name, value) in input.Values)
        {
            await store.SetAsync(SettingValueProviders.Tenant, tenantId, name, value?.Trim(), cancellationToken);
        }

        await unitOfWork.SaveChangesAsync(cancellationToken);
        cache.Remove(SettingProvider.CacheKey(SettingValueProviders.Tenant, tenantId));
        return await GetListAsync(cancellationToken);
    }

    public async Task UpdateMyCultureAsync(UpdateMyCultureDto input, CancellationToken cancellationToken = default)
    {
        var culture = input.Culture.Trim();
        if (!SettingValueValidator.IsSupportedCulture(culture))
        {
            throw new FieldValidationException("culture", SettingValueValidator.UnsupportedCulture);
        }

        // User values are tenant rows: host operators have none.
        var userId = currentTenant.IsAvailable && currentUser.Id is { } id ? id : throw new BusinessException(MarketingSaaSErrorCodes.TenantRequired);
        await store.SetAsync(SettingValueProviders.User, userId, MarketingSaaSSettings.Culture, culture, cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        cache.Remove(SettingProvider.CacheKey(SettingValueProviders.User, userId));
    }

    private Guid TenantId => currentTenant.Id ?? throw new BusinessException(MarketingSaaSErrorCodes.TenantRequired);

    /// <summary>The company's editable settings; a module's only while the module is switched on.</summary>
    private async Task<IReadOnlyList<SettingDefinition>> VisibleDefinitionsAsync(CancellationToken cancellationToken)
    {
        var visible = new List<SettingDefinition>();
        foreach (var definition in definitions.All.Where(d => d.IsVisibleToClients && d.IsEditable).OrderBy(d => d.Name, StringComparer.Ordinal))
        {
            if (await features.IsEnabledOrUngatedAsync(definition.RequiredFeature, cancellationToken))
            {
                visible.Add(definition);
            }
        }

        return visible;
    }
}
