namespace MarketingSaaS.Framework.Modularity;

/// <summary>One per project: registers the project's services and options, nothing else.</summary>
public abstract class MarketingModule
{
    public virtual void ConfigureServices(ServiceConfigurationContext context) { }

    public virtual void OnInitialize(ModuleLifecycleContext context) { }

    public virtual void OnShutdown(ModuleLifecycleContext context) { }
}
