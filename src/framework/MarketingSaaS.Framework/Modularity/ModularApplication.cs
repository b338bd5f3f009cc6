using MarketingSaaS.Framework.Modularity.Manifests;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace MarketingSaaS.Framework.Modularity;

/// <summary>The started set of modules, in dependency order.</summary>
public sealed class ModularApplication
{
    private ModularApplication(IReadOnlyList<ModuleDescriptor> modules) => Modules = modules;

    public IReadOnlyList<ModuleDescriptor> Modules { get; }

    /// <summary>The manifests of the composed optional modules, in start order.</summary>
    public IReadOnlyList<ModuleManifest> Manifests => [.. Modules.Select(m => m.Manifest).OfType<ModuleManifest>()];

    /// <param name="plugInModuleTypes">Root modules from the plug-in folder (<see cref="PlugInFolderSource"/>).</param>
    /// <param name="referencedModuleTypes">Root modules of referenced module projects (<see cref="ComposedModuleAssemblyAttribute"/>).</param>
    public static ModularApplication Create(
        Type startupModuleType,
        IServiceCollection services,
        IConfiguration configuration,
        IEnumerable<Type>? plugInModuleTypes = null,
        IEnumerable<Type>? referencedModuleTypes = null)
    {
        var plugIns = plugInModuleTypes?.ToHashSet() ?? [];
        // Referenced modules start after the root's own dependencies (the platform), as they did when the root named
        // them in its [DependsOn]: the platform's registrations (DbContext, definition providers) come first.
        var sorted = ModuleSorter.Sort(
            [.. plugIns, .. ModuleSorter.GetDependencies(startupModuleType), .. referencedModuleTypes ?? [], startupModuleType]);
        var modules = sorted
            .Select(t => new ModuleDescriptor(t, (MarketingModule)Activator.CreateInstance(t)!, plugIns.Contains(t)))
            .ToList();

        var application = new ModularApplication(modules);
        application.CheckRequiredModules();
        services.AddSingleton(application);
        var context = new ServiceConfigurationContext(services, configuration);
        foreach (var module in modules)
        {
            module.Instance.ConfigureServices(context);
            if (module.Manifest is { } manifest)
            {
                services.AddModuleManifest(manifest);
            }
        }

        return application;
    }

    private void CheckRequiredModules()
    {
        var composed = Manifests.Select(m => m.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var manifest in Manifests)
        {
            if (manifest.RequiredModules.FirstOrDefault(required => !composed.Contains(required)) is { } missing)
            {
                throw new ModuleDependencyException(manifest.Name, missing);
            }
        }
    }

    public void Initialize(IServiceProvider serviceProvider)
    {
        var context = new ModuleLifecycleContext(serviceProvider);
        foreach (var module in Modules)
        {
            module.Instance.OnInitialize(context);
        }
    }

    public void Shutdown(IServiceProvider serviceProvider)
    {
        var context = new ModuleLifecycleContext(serviceProvider);
        foreach (var module in Modules.Reverse())
        {
            module.Instance.OnShutdown(context);
        }
    }
}
