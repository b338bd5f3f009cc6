using MarketingSaaS.Framework.Authorization;
using MarketingSaaS.Framework.Features;
using MarketingSaaS.Framework.Metrics;
using MarketingSaaS.Framework.Search;
using MarketingSaaS.Framework.Settings;
using MarketingSaaS.Framework.TextTemplating;
using Microsoft.Extensions.DependencyInjection;

namespace MarketingSaaS.Framework.Modularity.Manifests;

public static class ModuleManifestServiceCollectionExtensions
{
    /// <summary>
    /// Registers what a manifest names, through the same definition-provider registrations a module would call itself:
    /// the manifest itself (read as <c>IEnumerable&lt;ModuleManifest&gt;</c>), its texts, its switch, its feature, permission, setting and template providers, its metric and search providers, and the providers of kinds the platform owns.
    /// </summary>
    public static IServiceCollection AddModuleManifest(this IServiceCollection services, ModuleManifest manifest)
    {
        services.AddSingleton(manifest);
        services.AddLocalizationResource(manifest.Assembly);
        services.AddSingleton<FeatureDefinitionProvider>(new ModuleSwitchDefinitionProvider(manifest.Name, manifest.SwitchedOnByDefault));
        AddSingletons(services, typeof(FeatureDefinitionProvider), manifest.FeatureProviders);
        AddSingletons(services, typeof(PermissionDefinitionProvider), manifest.PermissionProviders);
        AddSingletons(services, typeof(SettingDefinitionProvider), manifest.SettingProviders);
        AddSingletons(services, typeof(TemplateDefinitionProvider), manifest.TemplateProviders);
        foreach (var (kind, provider) in manifest.OtherProviders)
        {
            services.AddSingleton(kind, provider);
        }

        foreach (var provider in manifest.MetricProviders)
        {
            services.AddScoped(typeof(IMetricProvider), provider);
        }

        foreach (var provider in manifest.SearchProviders)
        {
            services.AddScoped(typeof(ISearchProvider), provider);
        }

        return services;
    }

    /// <summary>A module composed without a module class (tests): the same registrations.</summary>
    public static IServiceCollection AddModuleManifest<TManifest>(this IServiceCollection services)
        where TManifest : IModuleManifest, new() => services.AddModuleManifest(ModuleManifest.From(new TManifest()));

    private static void AddSingletons(IServiceCollection services, Type service, IEnumerable<Type> implementations)
    {
        foreach (var implementation in implementations)
        {
            services.AddSingleton(service, implementation);
        }
    }
}
