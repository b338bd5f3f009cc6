using MarketingSaaS.Framework.ExceptionHandling;
using MarketingSaaS.Framework.MultiTenancy;
using MarketingSaaS.Framework.Settings;
using MarketingSaaS.Framework.Uow;
using MarketingSaaS.Framework.Users;
using MarketingSaaS.Validation;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Localization;

namespace MarketingSaaS.Settings;

public sealed class SettingAppService(
    SettingDefinitionManager definitions,
    ISettingValueStore store,
    ICurrentTenant currentTenant,
    ICurrentUser currentUser,
    IUnitOfWork unitOfWork,
    IMemoryCache cache,
    IConfiguration configuration,
    IStringLocalizer localizer) : ISettingAppService
{
    public async Task<IReadOnlyList<SettingDto>> GetListAsync(CancellationToken cancellationToken = default)
    {
        var tenantValues = await store.GetValuesAsync(SettingValueProviders.Tenant, TenantId, cancellationToken);
        var globalValues = await store.GetValuesAsync(SettingValueProviders.Global, null, cancellationToken);
        return [.. VisibleDefinitions().Select(d => new SettingDto(
            d.Name,
            localizer["Setting:" + d.Name],
            tenantValues.GetValueOrDefault(d.Name) ?? globalValues.GetValueOrDefault(d.Name) ?? configuration["Settings:" + d.Name] ?? d.DefaultValue,
            d.DefaultValue))];
    }

    public async Task<IReadOnlyList<SettingDto>> UpdateAsync(UpdateSettingsDto input, CancellationToken cancellationToken = default)
    {
        InputValidator.Validate(input);
        var tenantId = TenantId;
        var visible = VisibleDefinitions().Select(d => d.Name).ToHashSet(StringComparer.Ordinal);
        var errors = new Dictionary<string, FieldError[]>();
        foreach (var (name, value) in input.Values)
        {
            if (!visible.Contains(name))
            {
                throw new BusinessException(MarketingSaaSErrorCodes.UnknownSetting, new Dictionary<string, object?> { ["setting"] = name });
            }

            if (value is not null && SettingValueValidator.Validate(name, value.Trim()) is { } error)
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
        InputValidator.Validate(input);
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

    private IEnumerable<SettingDefinition> VisibleDefinitions() =>
        definitions.All.Where(d => d.IsVisibleToClients && d.IsEditable).OrderBy(d => d.Name, StringComparer.Ordinal);
}
