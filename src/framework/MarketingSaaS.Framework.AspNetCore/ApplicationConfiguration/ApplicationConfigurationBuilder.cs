using System.Globalization;
using MarketingSaaS.Framework.Authorization;
using MarketingSaaS.Framework.Features;
using MarketingSaaS.Framework.Localization;
using MarketingSaaS.Framework.MultiTenancy;
using MarketingSaaS.Framework.Settings;
using MarketingSaaS.Framework.Users;

namespace MarketingSaaS.Framework.AspNetCore.ApplicationConfiguration;

/// <summary>
/// Everything the portal needs at start-up, from caches: one grant load per grantee, one value load per scope.
/// An anonymous caller gets only what the sign-in page shows (company display name, logo, languages), so a
/// company's slug tells a stranger nothing about its id, modules or settings.
/// </summary>
public sealed class ApplicationConfigurationBuilder(
    ICurrentUser currentUser,
    ICurrentTenant currentTenant,
    ITenantStore tenants,
    IPermissionChecker permissions,
    FeatureDefinitionManager featureDefinitions,
    IFeatureChecker features,
    SettingDefinitionManager settingDefinitions,
    ISettingProvider settings)
{
    public async Task<ApplicationConfigurationDto> BuildAsync(CancellationToken cancellationToken)
    {
        var culture = CultureInfo.CurrentUICulture;
        var localizationDto = new LocalizationDto(culture.Name, LocalizationResourceRegistry.SupportedCultures);
        var tenant = currentTenant.Id is { } tenantId ? await tenants.FindAsync(tenantId, cancellationToken) : null;
        if (!currentUser.IsAuthenticated)
        {
            return new ApplicationConfigurationDto(
                new CurrentUserDto(false, null, null, null, []),
                new CurrentTenantDto(currentTenant.IsAvailable, null, currentTenant.Name, tenant?.DisplayName),
                [],
                new Dictionary<string, string?>(),
                await settings.GetAllAsync(settingDefinitions.All.Where(s => s.IsVisibleBeforeSignIn), cancellationToken),
                localizationDto);
        }

        var granted = await permissions.GetGrantedAsync(cancellationToken);
        var featureValues = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var feature in featureDefinitions.All.Where(f => f.IsVisibleToClients))
        {
            featureValues[feature.Name] = await features.GetValueAsync(feature.Name, cancellationToken);
        }

        var settingValues = await settings.GetAllAsync(settingDefinitions.All.Where(s => s.IsVisibleToClients), cancellationToken);
        return new ApplicationConfigurationDto(
            new CurrentUserDto(
                currentUser.IsAuthenticated,
                currentUser.Id,
                currentUser.UserName,
                currentUser.Email,
                currentUser.Roles,
                currentUser.Name,
                currentUser.FamilyName,
                currentUser.GivenName),
            new CurrentTenantDto(currentTenant.IsAvailable, currentTenant.Id, currentTenant.Name, tenant?.DisplayName),
            granted,
            featureValues,
            settingValues,
            localizationDto);
    }
}
