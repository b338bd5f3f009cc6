using MarketingSaaS.Framework.Modularity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace MarketingSaaS.Framework.Tests.Modularity;

public sealed class ModularApplicationTests
{
    private readonly CallLog _log = new();
    private readonly ServiceCollection _services = new();

    public ModularApplicationTests() => _services.AddSingleton(_log);

    [Fact]
    public void ConfigureServices_runs_in_dependency_order_once_per_module()
    {
        ModularApplication.Create(typeof(HostModule), _services, new ConfigurationBuilder().Build());

        _log.Calls.ShouldBe(["configure Core", "configure Data", "configure Web", "configure Host"]);
    }

    [Fact]
    public void Initialize_runs_in_dependency_order_and_Shutdown_in_reverse()
    {
        var application = ModularApplication.Create(typeof(HostModule), _services, new ConfigurationBuilder().Build());
        using var provider = _services.BuildServiceProvider();
        _log.Calls.Clear();

        application.Initialize(provider);
        application.Shutdown(provider);

        _log.Calls.ShouldBe([
            "initialize Core", "initialize Data", "initialize Web", "initialize Host",
            "shutdown Host", "shutdown Web", "shutdown Data", "shutdown Core",
        ]);
    }

    [Fact]
    public void The_application_is_registered_with_its_modules_in_order()
    {
        ModularApplication.Create(typeof(HostModule), _services, new ConfigurationBuilder().Build());
        using var provider = _services.BuildServiceProvider();

        var application = provider.GetRequiredService<ModularApplication>();
        application.Modules.Select(m => m.Type).ShouldBe([typeof(CoreModule), typeof(DataModule), typeof(WebModule), typeof(HostModule)]);
        application.Modules.ShouldAllBe(m => !m.IsPlugIn);
    }

    [Fact]
    public void Plug_in_modules_are_marked_and_configured_after_their_dependencies()
    {
        ModularApplication.Create(typeof(HostModule), _services, new ConfigurationBuilder().Build(), [typeof(PlugInModule)]);
        using var provider = _services.BuildServiceProvider();

        var modules = provider.GetRequiredService<ModularApplication>().Modules;
        modules.Single(m => m.IsPlugIn).Type.ShouldBe(typeof(PlugInModule));
        _log.Calls.IndexOf("configure PlugIn").ShouldBeGreaterThan(_log.Calls.IndexOf("configure Data"));
        _log.Calls.Count(c => c == "configure Data").ShouldBe(1);
    }

    [Fact]
    public void Referenced_modules_start_after_the_roots_dependencies_and_before_the_root()
    {
        // A module composed by reference (ComposedModuleAssembly) that needs only the core: it still starts after
        // everything the host depends on, as it did when the host named it in its [DependsOn].
        ModularApplication.Create(typeof(HostModule), _services, new ConfigurationBuilder().Build(), referencedModuleTypes: [typeof(ReferencedModule)]);

        _log.Calls.ShouldBe(["configure Core", "configure Data", "configure Web", "configure Referenced", "configure Host"]);
    }

    [Fact]
    public void Modules_read_configuration_while_configuring_services()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Core:Name"] = "configured" }).Build();

        ModularApplication.Create(typeof(CoreModule), _services, configuration);

        _log.Calls.ShouldContain("config configured");
    }

    public sealed class CallLog
    {
        public List<string> Calls { get; } = [];
    }

    public abstract class LoggingModule(string name) : MarketingModule
    {
        public override void ConfigureServices(ServiceConfigurationContext context)
        {
            var log = context.Services.Select(d => d.ImplementationInstance).OfType<CallLog>().Single();
            log.Calls.Add("configure " + name);
            if (context.Configuration["Core:Name"] is { } value)
            {
                log.Calls.Add("config " + value);
            }
        }

        public override void OnInitialize(ModuleLifecycleContext context) =>
            context.ServiceProvider.GetRequiredService<CallLog>().Calls.Add("initialize " + name);

        public override void OnShutdown(ModuleLifecycleContext context) =>
            context.ServiceProvider.GetRequiredService<CallLog>().Calls.Add("shutdown " + name);
    }

    public sealed class CoreModule() : LoggingModule("Core");

    [DependsOn(typeof(CoreModule))]
    public sealed class DataModule() : LoggingModule("Data");

    [DependsOn(typeof(CoreModule), typeof(DataModule))]
    public sealed class WebModule() : LoggingModule("Web");

    [DependsOn(typeof(WebModule), typeof(DataModule))]
    public sealed class HostModule() : LoggingModule("Host");

    [DependsOn(typeof(DataModule))]
    public sealed class PlugInModule() : LoggingModule("PlugIn");

    [DependsOn(typeof(CoreModule))]
    public sealed class ReferencedModule() : LoggingModule("Referenced");
}
