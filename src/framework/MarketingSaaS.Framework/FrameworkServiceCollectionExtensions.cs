using System.Reflection;
using MarketingSaaS.Framework.Authorization;
using MarketingSaaS.Framework.Features;
using MarketingSaaS.Framework.Localization;
using MarketingSaaS.Framework.Settings;
using Microsoft.Extensions.DependencyInjection;

namespace MarketingSaaS.Framework;

public static class FrameworkServiceCollectionExtensions
{
    /// <summary>Adds the embedded Localization/**.json texts of <paramref name="assembly"/>.</summary>
    public static IServiceCollection AddLocalizationResource(this IServiceCollection services, Assembly assembly)
    {
        var registry = services.Select(d => d.ImplementationInstance).OfType<LocalizationResourceRegistry>().FirstOrDefault()
            ?? throw new InvalidOperationException($"{nameof(FrameworkModule)} must be configured before modules add localization resources.");
        registry.AddAssembly(assembly);
        return services;
    }

    public static IServiceCollection AddPermissionDefinitions<TProvider>(this IServiceCollection services)
        where TProvider : PermissionDefinitionProvider => services.AddSingleton<PermissionDefinitionProvider, TProvider>();

    public static IServiceCollection AddFeatureDefinitions<TProvider>(this IServiceCollection services)
        where TProvider : FeatureDefinitionProvider => services.AddSingleton<FeatureDefinitionProvider, TProvider>();

    public static IServiceCollection AddSettingDefinitions<TProvider>(this IServiceCollection services)
        where TProvider : SettingDefinitionProvider => services.AddSingleton<SettingDefinitionProvider, TProvider>();
}
