using MarketingSaaS.Framework.MultiTenancy;
using MarketingSaaS.Framework.Settings;
using MarketingSaaS.Framework.TextTemplating;
using MarketingSaaS.Settings;

namespace MarketingSaaS.Notifications;

/// <summary>The language a user reads: the user's <c>Platform.Culture</c>, else the company's, else the default.</summary>
public sealed class UserCultureResolver(ISettingValueStore store, SettingDefinitionManager definitions, ICurrentTenant currentTenant)
{
    private string? _tenantCulture;

    public async Task<string> GetAsync(Guid userId, CancellationToken cancellationToken = default)
    {
        var own = (await store.GetValuesAsync(SettingValueProviders.User, userId, cancellationToken)).GetValueOrDefault(MarketingSaaSSettings.Culture);
        return TemplateCultures.Normalize(own ?? await GetTenantCultureAsync(cancellationToken));
    }

    private async Task<string?> GetTenantCultureAsync(CancellationToken cancellationToken) =>
        _tenantCulture ??= (await store.GetValuesAsync(SettingValueProviders.Tenant, currentTenant.Id, cancellationToken)).GetValueOrDefault(MarketingSaaSSettings.Culture)
            ?? definitions.GetOrNull(MarketingSaaSSettings.Culture)?.DefaultValue;
}
