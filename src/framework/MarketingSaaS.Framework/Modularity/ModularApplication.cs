using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace MarketingSaaS.Framework.Modularity;

/// <summary>The started set of modules, in dependency order.</summary>
public sealed class ModularApplication
{
    private ModularApplication(IReadOnlyList<ModuleDescriptor> modules) => Modules = modules;

    public IReadOnlyList<ModuleDescriptor> Modules { get; }

    public static ModularApplication Create(
        Type startupModuleType,
        IServiceCollection services,
        IConfiguration configuration,
        IEnumerable<Type>? plugInModuleTypes = null)
    {
        var plugIns = plugInModuleTypes?.ToHashSet() ?? [];
        var sorted = ModuleSorter.Sort([.. plugIns, startupModuleType]);
        var modules = sorted
            .Select(t => new ModuleDescriptor(t, (MarketingModule)Activator.CreateInstance(t)!, plugIns.Contains(t)))
            .ToList();

        var application = new ModularApplication(modules);
        services.AddSingleton(application);
        var context = new ServiceConfigurationContext(services, configuration);
        foreach (var module in modules)
        {
            module.Instance.ConfigureServices(context);
        }

        return application;
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
