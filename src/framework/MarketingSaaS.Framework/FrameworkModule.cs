using MarketingSaaS.Framework.Authorization;
using MarketingSaaS.Framework.BlobStoring;
using MarketingSaaS.Framework.Data;
using MarketingSaaS.Framework.Features;
using MarketingSaaS.Framework.IntegrationEvents;
using MarketingSaaS.Framework.Localization;
using MarketingSaaS.Framework.Metrics;
using MarketingSaaS.Framework.Modularity;
using MarketingSaaS.Framework.MultiTenancy;
using MarketingSaaS.Framework.Search;
using MarketingSaaS.Framework.Settings;
using MarketingSaaS.Framework.TextTemplating;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Localization;

namespace MarketingSaaS.Framework;

public sealed class FrameworkModule : MarketingModule
{
    public override void ConfigureServices(ServiceConfigurationContext context)
    {
        var services = context.Services;
        services.AddMemoryCache();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ICurrentTenant, CurrentTenant>();
        services.TryAddSingleton<MarketingSaaS.Framework.Users.ICurrentUser, MarketingSaaS.Framework.Users.AnonymousCurrentUser>();
        services.TryAddSingleton<IDataFilter, DataFilter>();
        services.TryAddSingleton<PermissionDefinitionManager>();
        services.TryAddSingleton<FeatureDefinitionManager>();
        services.TryAddSingleton<SettingDefinitionManager>();
        services.TryAddSingleton<PermissionGrantCache>();
        services.TryAddScoped<IPermissionChecker, PermissionChecker>();
        services.TryAddScoped<IFeatureChecker, FeatureChecker>();
        services.TryAddScoped<ISettingProvider, SettingProvider>();
        services.AddBlobStoring(context.Configuration);

        services.TryAddSingleton(new LocalizationResourceRegistry());
        services.AddLocalizationResource(typeof(FrameworkModule).Assembly);
        services.AddTextTemplating();
        services.AddIntegrationEvents();
        services.TryAddScoped<IMetricReader, MetricReader>();
        services.TryAddScoped<IGlobalSearch, GlobalSearch>();
        services.TryAddSingleton<JsonStringLocalizer>();
        services.TryAddSingleton<IStringLocalizer>(sp => sp.GetRequiredService<JsonStringLocalizer>());
        services.Replace(ServiceDescriptor.Singleton<IStringLocalizerFactory, JsonStringLocalizerFactory>());
    }
}
