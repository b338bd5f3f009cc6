namespace MarketingSaaS.Framework.Modularity;

public sealed class ModuleLifecycleContext(IServiceProvider serviceProvider)
{
    public IServiceProvider ServiceProvider { get; } = serviceProvider;
}
